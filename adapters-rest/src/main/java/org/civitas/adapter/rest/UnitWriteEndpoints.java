package org.civitas.adapter.rest;

import static org.civitas.adapter.rest.Route.Access.WRITE;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Maps;
import io.javalin.http.Context;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.civitas.application.Civitas;
import org.civitas.application.port.Actor;
import org.civitas.application.port.UnknownId;
import org.civitas.application.port.Versioned;
import org.civitas.application.port.in.CreateUnitCommand;
import org.civitas.application.port.in.DissolveUnitCommand;
import org.civitas.application.port.in.LegalBasis;
import org.civitas.application.port.in.MergeUnitsCommand;
import org.civitas.application.port.in.MoveUnitCommand;
import org.civitas.application.port.in.RenameUnitCommand;
import org.civitas.application.port.in.ShowUnitQuery;
import org.civitas.application.port.in.SplitUnitCommand;
import org.civitas.application.port.in.UnitProperties;
import org.civitas.application.port.in.UnitView;
import org.civitas.application.port.in.UpdateUnitCommand;
import org.civitas.domain.organization.OrgUnit;
import org.civitas.domain.organization.UnitId;
import org.civitas.domain.restructuring.Handover;
import org.civitas.domain.text.LocalizedText;
import org.civitas.domain.text.Slug;

/**
 * Changes to the structure: a unit created under its parent, what a unit says of itself changed by
 * a merge patch (RFC 7396), and the dated restructurings: a unit moved, renamed, merged with
 * others, split or dissolved from a day on. Each needs a token that may change every unit it names,
 * and each but the creation names the ETag ({@code If-Match}) of the unit in its path. Each answers
 * that unit as it stands today, with its new ETag.
 */
final class UnitWriteEndpoints {

  private static final ResourceMapper MAP = ResourceMapper.INSTANCE;

  static final String MERGE_PATCH = "application/merge-patch+json";

  private static final Set<String> JSON = Set.of(Answer.JSON);

  /** What a unit shows that no write of its own properties may set, and what does set it. */
  private static final ImmutableMap<String, String> NOT_PATCHABLE =
      ImmutableMap.<String, String>builder()
          .put("id", "a unit's 'id' never changes: create a unit under the new id instead")
          .put("parent", moved("parent"))
          .put("parents", moved("parents"))
          .put(
              "lifetime",
              "'lifetime' changes when a unit is created or dissolved"
                  + " (POST /api/v1/units/{id}/dissolve), which dates it")
          .put(
              "established",
              "'established' is the day a unit was created: it is not changed afterwards")
          .put(
              "dissolved",
              "'dissolved' is set by POST /api/v1/units/{id}/dissolve, which checks the units under"
                  + " it")
          .put("version", readOnly("version"))
          .put("asOf", readOnly("asOf"))
          .put("inForce", readOnly("inForce"))
          .put("children", readOnly("children"))
          .put("rollUp", readOnly("rollUp"))
          .put("commitments", readOnly("commitments"))
          .buildOrThrow();

  private static final ImmutableSet<String> CREATE_FIELDS =
      ImmutableSet.<String>builder()
          .add("id", "parent", "from")
          .addAll(UnitJson.PROPERTIES)
          .build();
  private static final ImmutableMap<String, String> NOT_CREATED =
      ImmutableMap.copyOf(Maps.filterKeys(NOT_PATCHABLE, name -> !CREATE_FIELDS.contains(name)));

  private static final ImmutableSet<String> MOVE_FIELDS = ImmutableSet.of("parent", "from");
  private static final ImmutableSet<String> RENAME_FIELDS =
      restructuring("name", "acronym", "from");
  private static final ImmutableSet<String> MERGE_FIELDS = ending("units", "from");
  private static final ImmutableSet<String> SPLIT_FIELDS = ending("into", "from");
  private static final ImmutableSet<String> DISSOLVE_FIELDS = ending("on", "successors");
  private static final ImmutableSet<String> ACTION_READ_ONLY =
      ImmutableSet.<String>builder()
          .addAll(NOT_PATCHABLE.keySet())
          .addAll(UnitJson.PROPERTIES)
          .build();

  private final Civitas civitas;
  private final RestConfig config;

  UnitWriteEndpoints(Civitas civitas, RestConfig config) {
    this.civitas = civitas;
    this.config = config;
  }

  ImmutableList<Route> routes() {
    return ImmutableList.of(
        Route.post(
            "/api/v1/units",
            WRITE,
            (ctx, actor) -> create(ctx, Authentication.required(actor, "creating a unit"))),
        Route.patch(
            "/api/v1/units/{id}",
            WRITE,
            (ctx, actor) -> update(ctx, Authentication.required(actor, "changing a unit"))),
        Route.post(
            "/api/v1/units/{id}/move",
            WRITE,
            (ctx, actor) -> move(ctx, Authentication.required(actor, "moving a unit"))),
        Route.post(
            "/api/v1/units/{id}/rename",
            WRITE,
            (ctx, actor) -> rename(ctx, Authentication.required(actor, "renaming a unit"))),
        Route.post(
            "/api/v1/units/{id}/merge",
            WRITE,
            (ctx, actor) -> merge(ctx, Authentication.required(actor, "merging units"))),
        Route.post(
            "/api/v1/units/{id}/split",
            WRITE,
            (ctx, actor) -> split(ctx, Authentication.required(actor, "splitting a unit"))),
        Route.post(
            "/api/v1/units/{id}/dissolve",
            WRITE,
            (ctx, actor) -> dissolve(ctx, Authentication.required(actor, "dissolving a unit"))));
  }

  /** The fields of a restructuring: {@code own}, and what it rests on. */
  private static ImmutableSet<String> restructuring(String... own) {
    return ImmutableSet.<String>builder().add(own).addAll(RestructuringJson.BASIS).build();
  }

  /** The fields of a restructuring that ends units: {@code own}, its handover, its basis. */
  private static ImmutableSet<String> ending(String... own) {
    return ImmutableSet.<String>builder()
        .addAll(restructuring(own))
        .addAll(RestructuringJson.HANDOVER)
        .build();
  }

  private static String moved(String field) {
    return "'"
        + field
        + "' changes through POST /api/v1/units/{id}/move, which dates the move: leave it out";
  }

  private static String readOnly(String field) {
    return "'" + field + "' is set by the server and cannot be written: leave it out";
  }

  /**
   * {@code {"id": "cpe", "parent": "dpsv", "from": "2026-01-01", "kind": "cell", "name": {"fr":
   * "…"}, …}}. A new unit has no version to name: {@code If-Match} is refused, {@code
   * If-None-Match: *} accepted.
   */
  private void create(Context ctx, Actor actor) throws IOException {
    requireNoVersion(ctx);
    WriteBody body =
        WriteBody.read(ctx, config.maxResourceBytes(), JSON, CREATE_FIELDS, NOT_CREATED);
    Optional<String> id = unitId(body, "id", true);
    Optional<String> parent = unitId(body, "parent", false);
    Optional<LocalDate> from = body.day("from");
    Optional<UnitProperties> properties = UnitJson.read(body.fields(), body);
    body.check();
    Versioned<OrgUnit> created =
        civitas
            .createUnit()
            .create(
                new CreateUnitCommand(
                    UnitId.of(id.orElseThrow()),
                    properties.orElseThrow(),
                    parent.map(UnitId::of),
                    from.orElseThrow(),
                    actor));
    UnitId unit = created.value().id();
    ctx.header("Location", location(unit));
    Answer.created(MAP.unit(today(unit)), created.version()).send(ctx);
  }

  /**
   * A merge patch of what the unit says of itself, applied to the unit as stored. Its place, its
   * lifetime and what the server derives are refused, each at its pointer.
   */
  private void update(Context ctx, Actor actor) throws IOException {
    UnitId id = Requests.id(ctx, "id", UnknownId.Kind.UNIT, UnitId::of);
    long version = Conditions.requiredVersion(ctx, "unit " + id);
    WriteBody patch =
        WriteBody.read(
            ctx,
            config.maxResourceBytes(),
            Set.of(MERGE_PATCH),
            UnitJson.PROPERTIES,
            NOT_PATCHABLE);
    patch.check();
    UnitView stored = today(id);
    JsonNode merged =
        UnitJson.merge(UnitJson.write(UnitProperties.of(stored.unit())), patch.fields());
    Optional<UnitProperties> properties = UnitJson.read((ObjectNode) merged, patch);
    patch.check();
    answerChanged(
        ctx,
        civitas
            .updateUnit()
            .update(new UpdateUnitCommand(id, properties.orElseThrow(), version, actor)));
  }

  /** {@code {"parent": "dgpe", "from": "2026-01-01"}}. */
  private void move(Context ctx, Actor actor) throws IOException {
    UnitId id = Requests.id(ctx, "id", UnknownId.Kind.UNIT, UnitId::of);
    long version = Conditions.requiredVersion(ctx, "unit " + id);
    WriteBody body =
        WriteBody.read(ctx, config.maxResourceBytes(), JSON, MOVE_FIELDS, refused(MOVE_FIELDS));
    Optional<String> parent = unitId(body, "parent", true);
    Optional<LocalDate> from = body.day("from");
    body.check();
    answerChanged(
        ctx,
        civitas
            .moveUnit()
            .move(
                new MoveUnitCommand(
                    id, UnitId.of(parent.orElseThrow()), from.orElseThrow(), version, actor)));
  }

  /**
   * {@code {"name": {"fr": "…"}, "acronym": "DPEV", "from": "2026-01-01", "basis": "Décret n° …",
   * "note": "…"}}: the unit bears the name from that day on, its former one kept until the day
   * before. Without {@code acronym} the new name has none.
   */
  private void rename(Context ctx, Actor actor) throws IOException {
    UnitId id = Requests.id(ctx, "id", UnknownId.Kind.UNIT, UnitId::of);
    long version = Conditions.requiredVersion(ctx, "unit " + id);
    WriteBody body =
        WriteBody.read(ctx, config.maxResourceBytes(), JSON, RENAME_FIELDS, refused(RENAME_FIELDS));
    Optional<LocalizedText> name = UnitJson.requiredText(body.fields(), "name", body);
    Optional<String> acronym = UnitJson.optionalWords(body.fields(), "acronym", body);
    Optional<LocalDate> from = body.day("from");
    LegalBasis basis = RestructuringJson.basis(body);
    body.check();
    answerChanged(
        ctx,
        civitas
            .renameUnit()
            .rename(
                new RenameUnitCommand(
                    id, name.orElseThrow(), acronym, from.orElseThrow(), basis, version, actor)));
  }

  /**
   * {@code {"units": ["dpsv", "daed"], "from": "2026-01-01", "attributions": {"dgpe": ["daed/0"]},
   * "dropped": […], "basis": "…", "note": "…"}}: the units merge into the unit of the path, which
   * may be one of them; the If-Match is its ETag.
   */
  private void merge(Context ctx, Actor actor) throws IOException {
    UnitId id = Requests.id(ctx, "id", UnknownId.Kind.UNIT, UnitId::of);
    long version = Conditions.requiredVersion(ctx, "unit " + id);
    WriteBody body =
        WriteBody.read(ctx, config.maxResourceBytes(), JSON, MERGE_FIELDS, refused(MERGE_FIELDS));
    ImmutableList<UnitId> units = RestructuringJson.units(body, "units", true);
    Optional<LocalDate> from = body.day("from");
    Handover handover = RestructuringJson.handover(body, Optional.empty());
    LegalBasis basis = RestructuringJson.basis(body);
    body.check();
    answerChanged(
        ctx,
        civitas
            .mergeUnits()
            .merge(
                new MergeUnitsCommand(
                    id, units, handover, from.orElseThrow(), basis, version, actor)));
  }

  /**
   * {@code {"into": ["cellule-a", "cellule-b"], "from": "2026-01-01", "attributions": {"cellule-a":
   * [0, 2], "cellule-b": [1]}, "dropped": […], "basis": "…", "note": "…"}}.
   */
  private void split(Context ctx, Actor actor) throws IOException {
    UnitId id = Requests.id(ctx, "id", UnknownId.Kind.UNIT, UnitId::of);
    long version = Conditions.requiredVersion(ctx, "unit " + id);
    WriteBody body =
        WriteBody.read(ctx, config.maxResourceBytes(), JSON, SPLIT_FIELDS, refused(SPLIT_FIELDS));
    ImmutableList<UnitId> into = RestructuringJson.units(body, "into", true);
    Optional<LocalDate> from = body.day("from");
    Handover handover = RestructuringJson.handover(body, Optional.of(id));
    LegalBasis basis = RestructuringJson.basis(body);
    body.check();
    answerChanged(
        ctx,
        civitas
            .splitUnit()
            .split(
                new SplitUnitCommand(
                    id, into, handover, from.orElseThrow(), basis, version, actor)));
  }

  /**
   * {@code {"on": "2026-06-30", "successors": ["dpsv"], "attributions": {…}, "dropped": […],
   * "basis": "…", "note": "…"}}, {@code on} the unit's last day.
   */
  private void dissolve(Context ctx, Actor actor) throws IOException {
    UnitId id = Requests.id(ctx, "id", UnknownId.Kind.UNIT, UnitId::of);
    long version = Conditions.requiredVersion(ctx, "unit " + id);
    WriteBody body =
        WriteBody.read(
            ctx, config.maxResourceBytes(), JSON, DISSOLVE_FIELDS, refused(DISSOLVE_FIELDS));
    Optional<LocalDate> on = body.day("on");
    ImmutableList<UnitId> successors = RestructuringJson.units(body, "successors", false);
    Handover handover = RestructuringJson.handover(body, Optional.of(id));
    LegalBasis basis = RestructuringJson.basis(body);
    body.check();
    answerChanged(
        ctx,
        civitas
            .dissolveUnit()
            .dissolve(
                new DissolveUnitCommand(
                    id, on.orElseThrow(), successors, handover, basis, version, actor)));
  }

  /** Why a field of the unit is refused in the body of an action that takes only {@code taken}. */
  private static Map<String, String> refused(Set<String> taken) {
    ImmutableMap.Builder<String, String> refused = ImmutableMap.builder();
    for (String field : ACTION_READ_ONLY) {
      if (!taken.contains(field)) {
        refused.put(
            field,
            NOT_PATCHABLE.getOrDefault(
                field,
                "'"
                    + field
                    + "' changes through PATCH /api/v1/units/{id}, not here: send only "
                    + String.join(", ", taken)));
      }
    }
    return refused.buildKeepingLast();
  }

  /**
   * Refuses a condition a new unit cannot meet: it has no version for {@code If-Match} to name.
   * {@code If-None-Match: *} (create only if there is none) is what a creation means anyway.
   */
  private static void requireNoVersion(Context ctx) {
    if (Conditions.ifMatch(ctx).isPresent()) {
      throw new Problem(
          ProblemType.VERSION_CONFLICT,
          "a new unit has no version for If-Match to name: send no If-Match, or If-None-Match: *");
    }
    String none = ctx.header("If-None-Match");
    if (none != null && !none.strip().equals("*")) {
      throw Problem.invalidParameter(
          "If-None-Match", "a creation takes only If-None-Match: *, or none");
    }
  }

  /** The unit id in field {@code name}; a mistake when it is not one, or missing and required. */
  private static Optional<String> unitId(WriteBody body, String name, boolean required) {
    Optional<String> given = body.optionalText(name);
    if (given.isEmpty() && required && !body.fields().path(name).isTextual()) {
      body.mistake(WriteBody.step(name), "'" + name + "' is required");
    }
    if (given.isPresent() && !Slug.isValid(given.get())) {
      body.mistake(
          WriteBody.step(name),
          "'"
              + name
              + "' "
              + given.get()
              + " is not a unit id: lower-case letters, digits and single hyphens"
              + " (e.g. 'cellule-protection'), at most "
              + Slug.MAX_LENGTH
              + " characters");
      return Optional.empty();
    }
    return given;
  }

  private UnitView today(UnitId id) {
    return civitas.showUnit().show(ShowUnitQuery.today(id));
  }

  private static String location(UnitId id) {
    return "/api/v1/units/" + id;
  }

  /** The unit as it stands after the change, today, with the ETag to name in the next one. */
  private void answerChanged(Context ctx, Versioned<OrgUnit> saved) throws IOException {
    UnitView view = today(saved.value().id());
    ctx.header("Content-Location", location(saved.value().id()));
    Answer.versioned(MAP.unit(view), view.version(), false).send(ctx);
  }
}
