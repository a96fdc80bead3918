package org.civitas.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.civitas.adapter.persistence.dataset.DatasetReader;
import org.civitas.adapter.persistence.dataset.DatasetReading;
import org.civitas.adapter.persistence.dataset.DatasetSource;
import org.civitas.adapter.persistence.memory.InMemoryStore;
import org.civitas.application.Civitas;
import org.civitas.application.port.Actor;
import org.civitas.application.port.in.CommitmentView;
import org.civitas.application.port.in.CreateApiTokenCommand;
import org.civitas.application.port.in.ImportSnapshotCommand;
import org.civitas.application.port.in.ShowCommitmentQuery;
import org.civitas.domain.commitment.CommitmentId;
import org.civitas.domain.organization.UnitId;
import org.civitas.domain.snapshot.Snapshot;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The dashboard in a real browser (the Chromium installed on the machine, headless), against a real
 * server on a loopback port holding the example datasets and the dashboard's fixture, on 22
 * November 2026. Each test starts its own server and browser context, and leaves a screenshot of
 * what it saw under {@code target/screenshots/}.
 */
class DashboardBrowserTest {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path SCREENSHOTS = Path.of("target", "screenshots");
  private static final Path EXAMPLES = Path.of("..", "examples");

  /** The day the server takes for today: both activities of the UPE are past their end. */
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

  private static final Snapshot RECORD = readRecord();

  private static final String OVERFLOWS =
      "() => document.documentElement.scrollWidth > window.innerWidth";

  private static Playwright playwright;
  private static Browser browser;

  private Civitas civitas;
  private RestServer server;
  private String base;
  private String editorOfMsisf;
  private BrowserContext context;
  private final List<String> browserErrors = new ArrayList<>();

  @BeforeAll
  static void launchChromium() {
    if (!Files.isExecutable(CHROMIUM)) {
      fail(
          "the dashboard's browser tests drive Chromium at "
              + CHROMIUM
              + ", which is missing: install it with 'apt-get install -y chromium'");
    }
    // Playwright would otherwise fetch a browser of its own at its first start.
    playwright =
        Playwright.create(
            new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    browser =
        playwright
            .chromium()
            .launch(
                new BrowserType.LaunchOptions()
                    .setExecutablePath(CHROMIUM)
                    .setHeadless(true)
                    .setArgs(
                        List.of(
                            "--no-sandbox",
                            "--disable-gpu",
                            "--disable-background-networking",
                            "--disable-component-update",
                            "--disable-sync",
                            "--no-first-run")));
    PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
  }

  @AfterAll
  static void closeChromium() {
    if (playwright != null) {
      playwright.close();
    }
  }

  @BeforeEach
  void startServer() {
    InMemoryStore store = new InMemoryStore();
    civitas =
        Civitas.builder()
            .store(store)
            .clock(Clock.fixed(TODAY.atTime(9, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC))
            .build();
    civitas.importSnapshot().importSnapshot(ImportSnapshotCommand.of(RECORD, "tests"));
    editorOfMsisf =
        civitas
            .createApiToken()
            .create(
                new CreateApiTokenCommand(
                    "point-focal-msisf", Actor.Role.EDITOR, UnitId.of("msisf"), "tests"))
            .secret();
    server = new RestServer(civitas, new CodecForTests(), RestConfig.DEFAULT);
    base = "http://127.0.0.1:" + server.start();
    context =
        browser.newContext(
            new Browser.NewContextOptions().setViewportSize(1280, 900).setLocale("fr-FR"));
  }

  @AfterEach
  void stopServer() {
    context.close();
    server.stop();
  }

  @Test
  void searching_enfance_finds_the_child_protection_directorate_and_opens_its_mandate() {
    // given
    Page page = open("/");
    PlaywrightAssertions.assertThat(page.locator("h1")).hasText("Organigramme");

    // when
    page.getByLabel("Rechercher une unité").fill("enfance");

    // then
    Locator results = page.locator("#search-results");
    Locator dgpe =
        results.getByRole(
            AriaRole.LINK,
            new Locator.GetByRoleOptions()
                .setName("Direction générale de la protection de l’enfance"));
    PlaywrightAssertions.assertThat(dgpe).isVisible();
    PlaywrightAssertions.assertThat(results.getByRole(AriaRole.STATUS))
        .containsText("correspondent à « enfance »");
    screenshot(page, "01-search-enfance");

    // when
    dgpe.click();

    // then
    PlaywrightAssertions.assertThat(page.locator("h1"))
        .hasText("Direction générale de la protection de l’enfance");
    Locator attributions = page.locator("ol.attributions > li");
    PlaywrightAssertions.assertThat(attributions).hasCount(6);
    PlaywrightAssertions.assertThat(attributions.first())
        .hasText(
            "élaborer et mettre en œuvre la politique nationale, les stratégies et les programmes"
                + " de protection et de promotion de l’enfant");
    PlaywrightAssertions.assertThat(page.locator(".notamment")).containsText("« notamment »");
    PlaywrightAssertions.assertThat(page.locator(".crumbs")).containsText("Organigramme");
    assertThat(page.url()).endsWith("#/units/dgpe");
    screenshot(page, "02-unit-dgpe");
    assertNoBrowserError();
  }

  @Test
  void a_unit_shows_its_posts_and_its_links_to_other_units() {
    // when
    Page page = open("/#/units/cape");

    // then
    PlaywrightAssertions.assertThat(page.locator("h1"))
        .hasText("Centre d’accompagnement pour la protection de l’enfance");
    PlaywrightAssertions.assertThat(page.locator("section[aria-labelledby=posts-title] li"))
        .hasText("Délégué provincial — titulaire non indiqué · responsable");
    PlaywrightAssertions.assertThat(page.locator("section[aria-labelledby=links-title] li"))
        .hasText(
            new String[] {
              "assure le secrétariat de CPPE Comité provincial de Protection de l'Enfance",
              "est rattaché à Entraide Nationale"
            });
    screenshot(page, "02-unit-cape");
    assertNoBrowserError();
  }

  @Test
  void the_upe_commitment_is_overdue_at_35_percent_in_french_and_in_english() {
    // given
    Page page = open("/#/commitments");
    screenshot(page, "03-commitments");
    page.getByRole(
            AriaRole.LINK,
            new Page.GetByRoleOptions()
                .setName("Appui aux associations pour créer les unités de protection de l’enfance"))
        .click();

    // then
    PlaywrightAssertions.assertThat(page.locator("#commitment-progress")).hasText("35,0 %");
    PlaywrightAssertions.assertThat(page.locator("#commitment-state")).hasText("en retard");
    PlaywrightAssertions.assertThat(page.locator(".activity .state"))
        .hasText(new String[] {"en retard", "en retard"});
    PlaywrightAssertions.assertThat(page.locator("#headline")).containsText("22 novembre 2026");
    screenshot(page, "03-commitment-upe-fr");

    // when
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("English")).click();

    // then
    PlaywrightAssertions.assertThat(page.locator("#commitment-state")).hasText("overdue");
    PlaywrightAssertions.assertThat(page.locator("#commitment-progress")).hasText("35.0 %");
    PlaywrightAssertions.assertThat(page.locator("#headline")).containsText("22 November 2026");
    PlaywrightAssertions.assertThat(page.locator("html")).hasAttribute("lang", "en");
    screenshot(page, "04-commitment-upe-en");
    assertNoBrowserError();
  }

  @Test
  void an_editor_reports_progress_and_the_page_shows_what_the_server_holds() {
    // given
    Page page = open("/#/commitments/upe");
    signIn(page, editorOfMsisf);
    Locator activity = page.locator("#activity-suivi-appui-upe");
    report(page, "suivi-appui-upe", "120");
    PlaywrightAssertions.assertThat(activity.getByRole(AriaRole.ALERT))
        .hasText("Saisissez un pourcentage entre 0 et 100.");

    // when
    activity.getByLabel("Avancement (%)").fill("60");
    activity.getByLabel("Note (facultative)").fill("rapport semestriel");
    activity
        .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Enregistrer"))
        .click();

    // then the page reads the commitment again
    PlaywrightAssertions.assertThat(page.locator("#saved-suivi-appui-upe"))
        .hasText("Avancement enregistré : 60,0 %.");
    PlaywrightAssertions.assertThat(page.locator("#activity-suivi-appui-upe .activity-progress"))
        .hasText("60,0 % réalisé");
    PlaywrightAssertions.assertThat(page.locator("#commitment-progress")).hasText("50,0 %");
    screenshot(page, "05-progress-saved");

    // and the server holds it
    CommitmentView stored =
        civitas.showCommitment().show(ShowCommitmentQuery.today(CommitmentId.of("upe")));
    assertThat(stored.commitment().activities().get(0).progress()).isEqualTo(60.0);
    assertThat(stored.progress().getAsDouble()).isEqualTo(50.0);
    assertNoBrowserError();
  }

  @Test
  void a_report_against_a_version_changed_since_is_refused_with_the_server_reason() {
    // given two pages that read the commitment at the same version
    Page first = open("/#/commitments/upe");
    signIn(first, editorOfMsisf);
    Page second = open("/#/commitments/upe");
    signIn(second, editorOfMsisf);
    report(first, "suivi-appui-upe", "45");
    PlaywrightAssertions.assertThat(first.locator("#saved-suivi-appui-upe")).isVisible();

    // when the second page reports on the version it read
    report(second, "formation-travailleurs-sociaux", "55");

    // then
    Locator refusal = second.locator("#activity-formation-travailleurs-sociaux [role=alert]");
    PlaywrightAssertions.assertThat(refusal)
        .containsText("l’engagement a été modifié depuis que vous l’avez lu");
    PlaywrightAssertions.assertThat(refusal).containsText("commitment upe is at version 2, not 1");
    PlaywrightAssertions.assertThat(refusal.getByRole(AriaRole.BUTTON))
        .hasText("Recharger l’engagement");
    screenshot(second, "06-stale-version-refused");
    CommitmentView stored =
        civitas.showCommitment().show(ShowCommitmentQuery.today(CommitmentId.of("upe")));
    assertThat(stored.commitment().activities().get(1).progress()).isEqualTo(40.0);

    // when the page reads it again, the report goes through
    refusal.getByRole(AriaRole.BUTTON).click();
    PlaywrightAssertions.assertThat(second.locator("#activity-suivi-appui-upe .activity-progress"))
        .hasText("45,0 % réalisé");
    report(second, "formation-travailleurs-sociaux", "55");
    PlaywrightAssertions.assertThat(second.locator("#saved-formation-travailleurs-sociaux"))
        .isVisible();
    assertNoBrowserError();
  }

  @Test
  void a_report_outside_the_token_scope_is_refused() {
    // given a commitment of the Togolese DGPE, and the token of the Moroccan ministry
    Page page = open("/#/commitments/fixture-registre");
    signIn(page, editorOfMsisf);

    // when
    report(page, "deploiement", "30");

    // then
    PlaywrightAssertions.assertThat(page.locator("#activity-deploiement [role=alert]"))
        .containsText("hors de votre périmètre");
    assertNoBrowserError();
  }

  @Test
  void a_token_the_server_does_not_know_is_refused_at_sign_in() {
    // given
    Page page = open("/");

    // when
    page.locator("#editor > summary").click();
    page.getByLabel("Jeton d’accès").fill("x".repeat(43));
    page.locator("#sign-in").getByRole(AriaRole.BUTTON).click();

    // then
    PlaywrightAssertions.assertThat(page.locator("#sign-in-message"))
        .containsText("Ce jeton est refusé.");
    PlaywrightAssertions.assertThat(page.locator("#signed-in")).isHidden();
    page.screenshot(
        new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("14-sign-in-refused.png")));
    assertNoBrowserError();
  }

  @Test
  void texts_come_in_the_language_asked_and_arabic_is_laid_out_right_to_left() {
    // given
    Page page = open("/#/commitments/fixture-registre");
    PlaywrightAssertions.assertThat(page.locator("h1"))
        .hasText("Registre d'essai des enfants pris en charge");
    PlaywrightAssertions.assertThat(page.locator("#commitment-state")).hasText("à la traîne");
    Locator partner = page.locator("#headline [lang=ar]");
    PlaywrightAssertions.assertThat(partner).hasText("جمعية تجريبية لحماية الطفولة");
    assertThat(partner.evaluate("e => getComputedStyle(e).direction")).isEqualTo("rtl");
    PlaywrightAssertions.assertThat(page.locator("svg.chart"))
        .hasAttribute(
            "aria-label", Pattern.compile("Mesures\\s: 40 \\(juin 2025\\), 110 .*cible 400"));
    screenshot(page, "07-commitment-fixture-fr");

    // when
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("English")).click();

    // then
    PlaywrightAssertions.assertThat(page.locator("h1"))
        .hasText("Trial register of children in care");
    PlaywrightAssertions.assertThat(page.locator("h1 [lang]")).hasAttribute("lang", "en");
    PlaywrightAssertions.assertThat(page.locator("#commitment-state")).hasText("behind");
    screenshot(page, "08-commitment-fixture-en");
    assertNoBrowserError();
  }

  @Test
  void the_tree_opens_from_the_keyboard_and_shows_the_units_of_another_day() {
    // given
    Page page = open("/");
    Locator dgpe = page.locator("#unit-dgpe > .tree-row > .twisty");
    PlaywrightAssertions.assertThat(dgpe).hasAttribute("aria-expanded", "false");

    // when
    dgpe.focus();
    page.keyboard().press("Enter");

    // then
    PlaywrightAssertions.assertThat(dgpe).hasAttribute("aria-expanded", "true");
    Locator cell = page.locator("#unit-fixture-cellule-registre .tree-link");
    PlaywrightAssertions.assertThat(cell).isVisible();
    screenshot(page, "09-org-chart");

    // when
    page.keyboard().press("ArrowDown");

    // then the first unit under the DGPE, in the order of the ids, has the focus
    PlaywrightAssertions.assertThat(page.locator("#unit-daed > .tree-row > .tree-link"))
        .isFocused();

    // when the tree is asked as of a day before the cell was established
    page.getByLabel("Situation au").fill("2025-06-30");

    // then
    PlaywrightAssertions.assertThat(page.locator(".lead")).containsText("30 juin 2025");
    PlaywrightAssertions.assertThat(page.locator("#unit-dgpe")).isVisible();
    PlaywrightAssertions.assertThat(page.locator("#unit-fixture-cellule-registre")).hasCount(0);
    assertThat(page.url()).endsWith("?asOf=2025-06-30");
    assertNoBrowserError();
  }

  @Test
  void the_moroccan_ministry_bears_in_its_view_and_its_chart_the_name_of_the_day_picked() {
    // given the ministry of the examples, renamed with the governments of 9 October 2019 and
    // 7 October 2021
    Page page = open("/#/units/msisf");
    Locator title = page.locator("h1");
    Locator chart = page.locator("#unit-chart svg");
    Locator names =
        page.locator("section[aria-labelledby=history-title] ol[aria-labelledby=names-title] > li");
    PlaywrightAssertions.assertThat(names).hasCount(3);

    // when
    page.getByLabel("Situation au").fill("2020-06-01");

    // then
    String of2019 =
        "Ministère de la Solidarité, du Développement Social, de l'Égalité et de la Famille";
    PlaywrightAssertions.assertThat(title).hasText(of2019);
    PlaywrightAssertions.assertThat(chart).containsText(of2019);
    PlaywrightAssertions.assertThat(chart).hasAttribute("aria-label", of2019);
    PlaywrightAssertions.assertThat(page.locator("#unit-chart-title"))
        .hasText("Organigramme au 1 juin 2020");
    PlaywrightAssertions.assertThat(names.nth(1)).hasAttribute("aria-current", "true");
    PlaywrightAssertions.assertThat(names.nth(1)).containsText("en vigueur au 1 juin 2020");
    PlaywrightAssertions.assertThat(names.nth(1))
        .containsText(
            "changement de dénomination, le 9 octobre 2019 · Gouvernement du 9 octobre 2019");
    PlaywrightAssertions.assertThat(page.locator(".history-list li.current")).hasCount(1);
    assertThat(page.url()).endsWith("#/units/msisf?asOf=2020-06-01");
    PlaywrightAssertions.assertThat(page.getByLabel("Situation au")).isFocused();
    screenshot(page, "14-unit-msisf-2020");

    // when
    page.getByLabel("Situation au").fill("2026-11-22");

    // then
    String of2021 = "Ministère de la Solidarité, de l'Insertion Sociale et de la Famille";
    PlaywrightAssertions.assertThat(title).hasText(of2021);
    PlaywrightAssertions.assertThat(page.locator(".page-title .acronym")).hasText("MSISF");
    PlaywrightAssertions.assertThat(chart).containsText(of2021);
    PlaywrightAssertions.assertThat(chart).not().containsText(of2019);
    PlaywrightAssertions.assertThat(names.nth(2)).hasAttribute("aria-current", "true");
    PlaywrightAssertions.assertThat(names.nth(0))
        .containsText(
            "Ministère de la Solidarité, de la Femme, de la Famille et du Développement Social");
    PlaywrightAssertions.assertThat(names.nth(0)).containsText("jusqu’à 8 octobre 2019");
    screenshot(page, "15-unit-msisf-2026");

    // when the chart is reached from the keyboard, it scrolls in its frame
    page.locator("#unit-chart").focus();

    // then
    PlaywrightAssertions.assertThat(page.locator("#unit-chart")).isFocused();
    assertNoBrowserError();
  }

  @Test
  void a_unit_s_history_speaks_english_too() {
    // given
    Page page = open("/#/units/msisf?asOf=2020-06-01");

    // when
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("English")).click();

    // then
    PlaywrightAssertions.assertThat(page.locator("#unit-chart-title"))
        .hasText("Organisation chart as of 1 June 2020");
    PlaywrightAssertions.assertThat(page.locator("#history-title")).hasText("History");
    PlaywrightAssertions.assertThat(page.locator(".history-list li.current"))
        .containsText("in force on 1 June 2020");
    PlaywrightAssertions.assertThat(page.locator(".history-list li.current"))
        .containsText("renaming, on 9 October 2019");
    assertNoBrowserError();
  }

  @Test
  void a_unit_not_yet_established_on_the_day_picked_has_no_chart() {
    // when the trial cell, established in January 2026, is asked as of 2025
    Page page = open("/#/units/fixture-cellule-registre?asOf=2025-06-30");

    // then
    PlaywrightAssertions.assertThat(page.locator(".notice")).containsText("pas en vigueur");
    PlaywrightAssertions.assertThat(page.locator("#unit-chart")).hasCount(0);
    PlaywrightAssertions.assertThat(page.locator("section[aria-labelledby=unit-chart-title]"))
        .containsText("elle n’a pas d’organigramme");
    PlaywrightAssertions.assertThat(page.locator("section[aria-labelledby=history-title]"))
        .containsText("Aucune restructuration n’est enregistrée pour cette unité.");
    assertNoBrowserError();
  }

  @Test
  void a_strategy_shows_who_owns_each_action_and_marks_those_nobody_owns() {
    // given
    Page page = open("/#/strategies");
    screenshot(page, "10-strategies");
    page.getByRole(
            AriaRole.LINK,
            new Page.GetByRoleOptions().setName("Plan d'essai pour la protection de l'enfance"))
        .click();

    // then
    PlaywrightAssertions.assertThat(page.locator(".action")).hasCount(2);
    PlaywrightAssertions.assertThat(page.locator(".action.unowned"))
        .containsText("Former les agents au registre d'essai");
    PlaywrightAssertions.assertThat(page.locator(".action.unowned")).containsText("Sans porteur");
    PlaywrightAssertions.assertThat(page.locator(".action:not(.unowned)")).containsText("CER");

    // when
    page.getByLabel("N’afficher que les actions sans porteur").check();

    // then
    PlaywrightAssertions.assertThat(page.locator(".action:not(.unowned)")).isHidden();
    screenshot(page, "10-strategy-fixture");

    // and the Moroccan strategy, whose source names no owner
    Page moroccan = open("/#/strategies/pole-social-4-4");
    PlaywrightAssertions.assertThat(moroccan.locator(".action.unowned")).hasCount(58);
    moroccan.screenshot(
        new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("11-strategy-4-4-top.png")));
    assertNoBrowserError();
  }

  @Test
  void the_pages_fit_a_phone() {
    // given
    Page unit = open("/#/units/dgpe");
    unit.setViewportSize(390, 844);
    Page commitment = open("/#/commitments/fixture-registre");
    commitment.setViewportSize(390, 844);

    // then nothing is wider than the screen
    assertThat(unit.evaluate(OVERFLOWS)).isEqualTo(false);
    screenshot(unit, "12-unit-dgpe-phone");
    assertThat(commitment.evaluate(OVERFLOWS)).isEqualTo(false);
    screenshot(commitment, "13-commitment-fixture-phone");
    assertNoBrowserError();
  }

  // ------------------------------------------------------------------------------- helpers

  private Page open(String path) {
    Page page = context.newPage();
    page.setDefaultTimeout(15_000);
    page.onConsoleMessage(
        message -> {
          if (message.type().equals("error") && !expectedRefusal(message.text())) {
            browserErrors.add(message.text());
          }
        });
    page.onPageError(browserErrors::add);
    page.navigate(base + path);
    PlaywrightAssertions.assertThat(page.locator("main[aria-busy=false] h1")).isVisible();
    return page;
  }

  /** The browser logs every answer in 4xx; those the tests provoke are no defect of the page. */
  private static boolean expectedRefusal(String text) {
    return text.startsWith("Failed to load resource: the server responded with a status of 4");
  }

  private static void signIn(Page page, String token) {
    page.locator("#editor > summary").click();
    page.locator("#token").fill(token);
    page.locator("#sign-in").getByRole(AriaRole.BUTTON).click();
    PlaywrightAssertions.assertThat(page.locator("form.report").first()).isVisible();
  }

  private static void report(Page page, String activity, String progress) {
    Locator form = page.locator("#activity-" + activity + " form.report");
    form.locator("input[name=progress]").fill(progress);
    form.locator("button[type=submit]").click();
  }

  private static void screenshot(Page page, String name) {
    page.screenshot(
        new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
  }

  private void assertNoBrowserError() {
    assertThat(browserErrors).isEmpty();
  }

  private static Snapshot readRecord() {
    DatasetReading reading =
        new DatasetReader()
            .read(
                List.of(
                    DatasetSource.of(EXAMPLES.resolve("togo-masspf.yaml")),
                    DatasetSource.of(EXAMPLES.resolve("maroc-strategie-4-4.yaml")),
                    DatasetSource.of(EXAMPLES.resolve("maroc-upe.yaml")),
                    DatasetSource.of(
                        "dashboard-fixture.yaml", TestServer.resource("dashboard-fixture.yaml"))));
    assertThat(reading.errors()).isEmpty();
    return reading.snapshot();
  }
}
