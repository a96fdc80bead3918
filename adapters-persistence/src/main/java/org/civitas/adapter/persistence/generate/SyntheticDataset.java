package org.civitas.adapter.persistence.generate;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.civitas.domain.commitment.Activity;
import org.civitas.domain.commitment.ActivityId;
import org.civitas.domain.commitment.ActivityStatus;
import org.civitas.domain.commitment.Commitment;
import org.civitas.domain.commitment.CommitmentId;
import org.civitas.domain.commitment.Direction;
import org.civitas.domain.commitment.Indicator;
import org.civitas.domain.commitment.IndicatorId;
import org.civitas.domain.commitment.IndicatorKind;
import org.civitas.domain.commitment.Measurement;
import org.civitas.domain.organization.Attribution;
import org.civitas.domain.organization.Mandate;
import org.civitas.domain.organization.OrgUnit;
import org.civitas.domain.organization.ParentLink;
import org.civitas.domain.organization.Post;
import org.civitas.domain.organization.PostRole;
import org.civitas.domain.organization.UnitId;
import org.civitas.domain.organization.UnitKind;
import org.civitas.domain.snapshot.Snapshot;
import org.civitas.domain.text.LocalizedText;
import org.civitas.domain.time.PartialDate;
import org.civitas.domain.time.Period;

/**
 * A valid synthetic dataset of a whole government: ministries down to cells, 5 to 7 levels deep,
 * with French-like names, mandates of 3 to 12 attributions and commitments whose activities have
 * dates, status and progress. The same seed always gives the same dataset.
 */
public final class SyntheticDataset {

  private static final String LANGUAGE = "fr";

  /** The kind of unit at each depth below the government. */
  private static final UnitKind[][] KINDS = {
    {UnitKind.GOVERNMENT},
    {UnitKind.MINISTRY},
    {UnitKind.GENERAL_DIRECTORATE, UnitKind.GENERAL_SECRETARIAT},
    {UnitKind.DIRECTORATE, UnitKind.REGIONAL_DIRECTORATE},
    {UnitKind.DIVISION, UnitKind.PROVINCIAL_DELEGATION},
    {UnitKind.SERVICE},
    {UnitKind.CELL, UnitKind.UNIT},
  };

  private static final String[] DOMAINS = {
    "l’action sociale",
    "la protection de l’enfance",
    "la promotion de la femme",
    "la solidarité",
    "la famille",
    "l’alphabétisation",
    "l’éducation non formelle",
    "la santé publique",
    "les affaires financières",
    "les ressources humaines",
    "la planification",
    "les statistiques",
    "le suivi-évaluation",
    "la coopération",
    "la communication",
    "les affaires juridiques",
    "la gestion des catastrophes",
    "les personnes âgées",
    "les personnes handicapées",
    "l’inclusion économique",
    "le développement humain",
    "la jeunesse",
    "l’emploi",
    "l’habitat",
    "l’agriculture",
    "l’eau",
    "l’énergie",
    "les transports",
    "le numérique",
    "la culture",
  };

  private static final String[] PLACES = {
    "Maritime",
    "Plateaux",
    "Centrale",
    "Kara",
    "Savanes",
    "Atlantique",
    "Littoral",
    "Borgou",
    "Alibori",
    "Zou",
    "Souss-Massa",
    "Oriental",
    "Drâa-Tafilalet",
    "Béni Mellal",
    "Fès-Meknès",
  };

  private static final String[] VERBS = {
    "élaborer et mettre en œuvre",
    "coordonner",
    "veiller à",
    "assurer le suivi de",
    "participer à",
    "évaluer",
    "promouvoir",
    "contribuer à",
    "organiser",
    "planifier",
  };

  private static final String[] OBJECTS = {
    "la politique nationale", "les programmes", "les stratégies sectorielles",
    "les relations avec les partenaires", "la collecte des données", "le budget",
    "les études périodiques", "la mobilisation des ressources", "les textes réglementaires",
    "la formation des agents", "les rapports annuels", "la communication institutionnelle",
  };

  private static final String[] KIND_NAMES = {
    "Gouvernement",
    "Ministère",
    "Direction générale",
    "Direction",
    "Division",
    "Service",
    "Cellule",
  };

  private final SplittableRandom random;

  private SyntheticDataset(long seed) {
    this.random = new SplittableRandom(seed);
  }

  /** A dataset of {@code units} units (at least 1) and {@code commitments} commitments. */
  public static Snapshot generate(int units, int commitments, long seed) {
    if (units < 1 || commitments < 0) {
      throw new IllegalArgumentException("need at least one unit and no negative count");
    }
    return new SyntheticDataset(seed).build(units, commitments);
  }

  private Snapshot build(int unitCount, int commitmentCount) {
    List<OrgUnit> units = new ArrayList<>(unitCount);
    List<List<Integer>> levels = new ArrayList<>();
    for (int[] sizes = levelSizes(unitCount); levels.size() < sizes.length; ) {
      int depth = levels.size();
      List<Integer> level = new ArrayList<>(sizes[depth]);
      for (int i = 0; i < sizes[depth]; i++) {
        int index = units.size();
        Optional<Integer> parent =
            depth == 0
                ? Optional.empty()
                : Optional.of(pickParent(levels.get(depth - 1), i, sizes[depth]));
        units.add(unit(index, depth, parent.map(p -> units.get(p).id())));
        level.add(index);
      }
      levels.add(level);
    }
    List<Commitment> commitments = new ArrayList<>(commitmentCount);
    for (int i = 0; i < commitmentCount; i++) {
      commitments.add(commitment(i, units.get(random.nextInt(units.size()))));
    }
    return new Snapshot(
        ImmutableList.copyOf(units), ImmutableList.of(), ImmutableList.copyOf(commitments));
  }

  /**
   * How many units stand at each depth: one government, then levels that grow by a factor chosen so
   * the total is reached at depth 6; small datasets stop earlier.
   */
  static int[] levelSizes(int total) {
    int depths = KINDS.length;
    double factor = 1.5;
    while (sum(factor, depths) < total) {
      factor += 0.01;
    }
    List<Integer> sizes = new ArrayList<>();
    int remaining = total;
    for (int depth = 0; depth < depths && remaining > 0; depth++) {
      int size =
          depth == depths - 1
              ? remaining
              : (int) Math.min(remaining, Math.round(Math.pow(factor, depth)));
      if (depth > 0) {
        size = Math.max(size, 1);
      }
      sizes.add(size);
      remaining -= size;
    }
    return sizes.stream().mapToInt(Integer::intValue).toArray();
  }

  private static double sum(double factor, int depths) {
    double s = 0;
    for (int d = 0; d < depths; d++) {
      s += Math.round(Math.pow(factor, d));
    }
    return s;
  }

  /** Spreads a level's units evenly over the units above, with some irregularity. */
  private int pickParent(List<Integer> above, int position, int levelSize) {
    int even = (int) ((long) position * above.size() / levelSize);
    int jitter = random.nextInt(3) - 1;
    return above.get(Math.floorMod(even + jitter, above.size()));
  }

  private OrgUnit unit(int index, int depth, Optional<UnitId> parent) {
    UnitKind[] kinds = KINDS[depth];
    UnitKind kind = kinds[random.nextInt(kinds.length)];
    String domain = DOMAINS[random.nextInt(DOMAINS.length)];
    String name =
        kind == UnitKind.GOVERNMENT
            ? "Gouvernement"
            : KIND_NAMES[depth]
                + (kind == UnitKind.REGIONAL_DIRECTORATE ? " régionale" : "")
                + " de "
                + domain
                + " "
                + PLACES[random.nextInt(PLACES.length)]
                + " n° "
                + index;
    ImmutableList.Builder<Attribution> attributions = ImmutableList.builder();
    int count = 3 + random.nextInt(10);
    for (int i = 0; i < count; i++) {
      attributions.add(
          Attribution.of(
              LocalizedText.of(
                  LANGUAGE,
                  VERBS[random.nextInt(VERBS.length)]
                      + " "
                      + OBJECTS[random.nextInt(OBJECTS.length)]
                      + " en matière de "
                      + domain
                      + " ("
                      + (i + 1)
                      + ")")));
    }
    return OrgUnit.builder()
        .id(UnitId.of("u" + index))
        .kind(kind)
        .name(LocalizedText.of(LANGUAGE, name))
        .acronym("U" + index)
        .parents(parent.map(ParentLink::always).stream().toList())
        .addPosts(Post.vacant(LocalizedText.of(LANGUAGE, "Directeur"), PostRole.HEAD))
        .mandate(new Mandate(Optional.empty(), random.nextBoolean(), attributions.build()))
        .build();
  }

  private Commitment commitment(int index, OrgUnit lead) {
    LocalDate start = LocalDate.of(2022 + random.nextInt(3), 1 + random.nextInt(12), 1);
    LocalDate end = start.plusMonths(12 + random.nextInt(36)).withDayOfMonth(1);
    ImmutableList.Builder<Activity> activities = ImmutableList.builder();
    int count = 1 + random.nextInt(6);
    for (int i = 0; i < count; i++) {
      int progress = random.nextInt(101);
      ActivityStatus status =
          progress == 0
              ? ActivityStatus.NOT_STARTED
              : progress == 100 ? ActivityStatus.COMPLETED : ActivityStatus.IN_PROGRESS;
      activities.add(
          new Activity(
              ActivityId.of("a" + i),
              LocalizedText.of(LANGUAGE, "Activité " + (i + 1) + " de l’engagement " + index),
              Period.of(month(start), month(end)),
              status,
              progress,
              1 + random.nextInt(3)));
    }
    Indicator indicator =
        new Indicator(
            IndicatorId.of("i0"),
            IndicatorKind.MONITORING,
            LocalizedText.of(LANGUAGE, "Nombre de rapports publiés"),
            Optional.of("count"),
            Direction.INCREASE,
            Optional.of(new Measurement(month(start), BigDecimal.ZERO)),
            Optional.of(new Measurement(month(end), BigDecimal.valueOf(4 + random.nextInt(20)))),
            ImmutableList.of(
                new Measurement(
                    month(start.plusMonths(6)), BigDecimal.valueOf(random.nextInt(5)))));
    return Commitment.builder()
        .id(CommitmentId.of("c" + index))
        .title(LocalizedText.of(LANGUAGE, "Engagement " + index + " pour " + lead.name().text()))
        .lead(lead.id())
        .period(Period.of(month(start), month(end)))
        .activities(activities.build())
        .addIndicators(indicator)
        .build();
  }

  private static PartialDate month(LocalDate date) {
    return PartialDate.ofMonth(date.getYear(), date.getMonthValue());
  }
}
