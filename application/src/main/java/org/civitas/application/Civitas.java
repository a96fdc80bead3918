package org.civitas.application;

import com.google.common.collect.ImmutableList;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.civitas.application.port.ApiToken;
import org.civitas.application.port.ApiTokenId;
import org.civitas.application.port.in.AuthenticateUseCase;
import org.civitas.application.port.in.CreateApiTokenUseCase;
import org.civitas.application.port.in.CreateUnitUseCase;
import org.civitas.application.port.in.DiffStructureUseCase;
import org.civitas.application.port.in.DissolveUnitUseCase;
import org.civitas.application.port.in.DrawChartUseCase;
import org.civitas.application.port.in.ExportSnapshotUseCase;
import org.civitas.application.port.in.FindUnitsUseCase;
import org.civitas.application.port.in.GetCoverageUseCase;
import org.civitas.application.port.in.GetPeriodicReportUseCase;
import org.civitas.application.port.in.GetProgressUseCase;
import org.civitas.application.port.in.GetTreeUseCase;
import org.civitas.application.port.in.ImportSnapshotUseCase;
import org.civitas.application.port.in.ListApiTokensUseCase;
import org.civitas.application.port.in.ListUnitsUseCase;
import org.civitas.application.port.in.MergeUnitsUseCase;
import org.civitas.application.port.in.MoveUnitUseCase;
import org.civitas.application.port.in.ReadAuditLogUseCase;
import org.civitas.application.port.in.ReadStamp;
import org.civitas.application.port.in.RecordIndicatorMeasurementUseCase;
import org.civitas.application.port.in.RenameUnitUseCase;
import org.civitas.application.port.in.ReportActivityProgressUseCase;
import org.civitas.application.port.in.RevokeApiTokenUseCase;
import org.civitas.application.port.in.ShowCommitmentUseCase;
import org.civitas.application.port.in.ShowStrategyUseCase;
import org.civitas.application.port.in.ShowUnitHistoryUseCase;
import org.civitas.application.port.in.ShowUnitUseCase;
import org.civitas.application.port.in.SplitUnitUseCase;
import org.civitas.application.port.in.UpdateUnitUseCase;
import org.civitas.application.port.in.ValidateSnapshotUseCase;
import org.civitas.application.port.out.ApiTokenPort;
import org.civitas.application.port.out.AuditEntry;
import org.civitas.application.port.out.AuditLogPort;
import org.civitas.application.port.out.CivitasStore;
import org.civitas.application.port.out.ClockPort;
import org.civitas.application.port.out.RevisionPort;
import org.civitas.application.service.AuthenticateService;
import org.civitas.application.service.Authorization;
import org.civitas.application.service.CreateApiTokenService;
import org.civitas.application.service.CreateUnitService;
import org.civitas.application.service.DiffStructureService;
import org.civitas.application.service.DissolveUnitService;
import org.civitas.application.service.DrawChartService;
import org.civitas.application.service.ExportSnapshotService;
import org.civitas.application.service.FindUnitsService;
import org.civitas.application.service.GetCoverageService;
import org.civitas.application.service.GetPeriodicReportService;
import org.civitas.application.service.GetProgressService;
import org.civitas.application.service.GetTreeService;
import org.civitas.application.service.ImportSnapshotService;
import org.civitas.application.service.ListApiTokensService;
import org.civitas.application.service.ListUnitsService;
import org.civitas.application.service.MergeUnitsService;
import org.civitas.application.service.MoveUnitService;
import org.civitas.application.service.ReadAuditLogService;
import org.civitas.application.service.RecordIndicatorMeasurementService;
import org.civitas.application.service.RenameUnitService;
import org.civitas.application.service.ReportActivityProgressService;
import org.civitas.application.service.RevokeApiTokenService;
import org.civitas.application.service.ShowCommitmentService;
import org.civitas.application.service.ShowStrategyService;
import org.civitas.application.service.ShowUnitHistoryService;
import org.civitas.application.service.ShowUnitService;
import org.civitas.application.service.SplitUnitService;
import org.civitas.application.service.UpdateUnitService;
import org.civitas.application.service.ValidateSnapshotService;
import org.jspecify.annotations.Nullable;

/**
 * Every use case of Civitas over the store an embedding application chooses:
 *
 * <pre>{@code
 * Civitas civitas = Civitas.builder().store(store).clock(Clock.systemUTC()).build();
 * CommitmentView upe = civitas.showCommitment().show(ShowCommitmentQuery.today(CommitmentId.of("upe")));
 * }</pre>
 *
 * The clock defaults to the system clock in UTC; the API tokens to the store's when it keeps them,
 * else to none (tokens kept elsewhere write the entries of their changes in their own log). Every
 * accepted change is recorded in the store's audit log, written with the change itself. Instances
 * are immutable and safe to share between threads as long as the store is.
 */
public final class Civitas {

  private final ValidateSnapshotUseCase validateSnapshot;
  private final ImportSnapshotUseCase importSnapshot;
  private final ExportSnapshotUseCase exportSnapshot;
  private final GetTreeUseCase getTree;
  private final DrawChartUseCase drawChart;
  private final ShowUnitUseCase showUnit;
  private final ShowUnitHistoryUseCase showUnitHistory;
  private final DiffStructureUseCase diffStructure;
  private final ShowStrategyUseCase showStrategy;
  private final ShowCommitmentUseCase showCommitment;
  private final FindUnitsUseCase findUnits;
  private final ListUnitsUseCase listUnits;
  private final CreateUnitUseCase createUnit;
  private final UpdateUnitUseCase updateUnit;
  private final MoveUnitUseCase moveUnit;
  private final RenameUnitUseCase renameUnit;
  private final MergeUnitsUseCase mergeUnits;
  private final SplitUnitUseCase splitUnit;
  private final DissolveUnitUseCase dissolveUnit;
  private final ReadAuditLogUseCase readAuditLog;
  private final GetProgressUseCase getProgress;
  private final GetCoverageUseCase getCoverage;
  private final GetPeriodicReportUseCase getPeriodicReport;
  private final ReportActivityProgressUseCase reportActivityProgress;
  private final RecordIndicatorMeasurementUseCase recordIndicatorMeasurement;
  private final AuditLogPort auditLog;
  private final Authorization authorization;
  private final CreateApiTokenUseCase createApiToken;
  private final ListApiTokensUseCase listApiTokens;
  private final RevokeApiTokenUseCase revokeApiToken;
  private final AuthenticateUseCase authenticate;
  private final RevisionPort revisions;
  private final ClockPort clock;

  private Civitas(CivitasStore store, ClockPort clock, ApiTokenPort apiTokens) {
    this.auditLog = store;
    this.revisions = store;
    this.clock = clock;
    this.authorization = new Authorization(store, store, clock);
    this.validateSnapshot = new ValidateSnapshotService();
    this.importSnapshot =
        new ImportSnapshotService(validateSnapshot, store, store, clock, authorization);
    this.exportSnapshot = new ExportSnapshotService(store);
    this.getTree = new GetTreeService(store, store, clock);
    this.drawChart = new DrawChartService(store, store, clock);
    this.showUnit = new ShowUnitService(store, clock);
    this.showUnitHistory = new ShowUnitHistoryService(store);
    this.diffStructure = new DiffStructureService(store);
    this.showStrategy = new ShowStrategyService(store, store, store, clock);
    this.showCommitment = new ShowCommitmentService(store, store, clock);
    this.findUnits = new FindUnitsService(store);
    this.listUnits = new ListUnitsService(store, store, clock);
    this.createUnit = new CreateUnitService(store, store, store, clock, authorization);
    this.updateUnit = new UpdateUnitService(store, store, store, clock, authorization);
    this.moveUnit = new MoveUnitService(store, store, store, clock, authorization);
    this.renameUnit = new RenameUnitService(store, store, store, clock, authorization);
    this.mergeUnits =
        new MergeUnitsService(store, store, store, store, store, store, clock, authorization);
    this.splitUnit =
        new SplitUnitService(store, store, store, store, store, store, clock, authorization);
    this.dissolveUnit =
        new DissolveUnitService(store, store, store, store, store, store, clock, authorization);
    this.readAuditLog = new ReadAuditLogService(store, store, authorization);
    this.getProgress = new GetProgressService(store, store, store, store, clock);
    this.getCoverage = new GetCoverageService(store, store, store, clock);
    this.getPeriodicReport = new GetPeriodicReportService(store, store, store, store, store, clock);
    this.reportActivityProgress =
        new ReportActivityProgressService(store, store, clock, authorization);
    this.recordIndicatorMeasurement =
        new RecordIndicatorMeasurementService(store, store, clock, authorization);
    this.createApiToken = new CreateApiTokenService(apiTokens, store, clock, authorization);
    this.listApiTokens = new ListApiTokensService(apiTokens);
    this.revokeApiToken = new RevokeApiTokenService(apiTokens, clock, authorization);
    this.authenticate = new AuthenticateService(apiTokens);
  }

  public static Builder builder() {
    return new Builder();
  }

  public ValidateSnapshotUseCase validateSnapshot() {
    return validateSnapshot;
  }

  public ImportSnapshotUseCase importSnapshot() {
    return importSnapshot;
  }

  public ExportSnapshotUseCase exportSnapshot() {
    return exportSnapshot;
  }

  public GetTreeUseCase getTree() {
    return getTree;
  }

  public DrawChartUseCase drawChart() {
    return drawChart;
  }

  public ShowUnitUseCase showUnit() {
    return showUnit;
  }

  public ShowUnitHistoryUseCase showUnitHistory() {
    return showUnitHistory;
  }

  public DiffStructureUseCase diffStructure() {
    return diffStructure;
  }

  public ShowStrategyUseCase showStrategy() {
    return showStrategy;
  }

  public ShowCommitmentUseCase showCommitment() {
    return showCommitment;
  }

  public FindUnitsUseCase findUnits() {
    return findUnits;
  }

  public ListUnitsUseCase listUnits() {
    return listUnits;
  }

  public CreateUnitUseCase createUnit() {
    return createUnit;
  }

  public UpdateUnitUseCase updateUnit() {
    return updateUnit;
  }

  public MoveUnitUseCase moveUnit() {
    return moveUnit;
  }

  public RenameUnitUseCase renameUnit() {
    return renameUnit;
  }

  public MergeUnitsUseCase mergeUnits() {
    return mergeUnits;
  }

  public SplitUnitUseCase splitUnit() {
    return splitUnit;
  }

  public DissolveUnitUseCase dissolveUnit() {
    return dissolveUnit;
  }

  /** The audit log a page at a time, as its reader's role allows. */
  public ReadAuditLogUseCase readAuditLog() {
    return readAuditLog;
  }

  public GetProgressUseCase getProgress() {
    return getProgress;
  }

  public GetCoverageUseCase getCoverage() {
    return getCoverage;
  }

  public GetPeriodicReportUseCase getPeriodicReport() {
    return getPeriodicReport;
  }

  public ReportActivityProgressUseCase reportActivityProgress() {
    return reportActivityProgress;
  }

  public RecordIndicatorMeasurementUseCase recordIndicatorMeasurement() {
    return recordIndicatorMeasurement;
  }

  public CreateApiTokenUseCase createApiToken() {
    return createApiToken;
  }

  public ListApiTokensUseCase listApiTokens() {
    return listApiTokens;
  }

  public RevokeApiTokenUseCase revokeApiToken() {
    return revokeApiToken;
  }

  public AuthenticateUseCase authenticate() {
    return authenticate;
  }

  /**
   * Who may change what: the rule every change is held to. An adapter may ask it before it reads a
   * large request, so as to refuse early what the use case would refuse anyway.
   */
  public Authorization authorization() {
    return authorization;
  }

  /**
   * The store's revision and the clock's day, now: an adapter that keeps copies of its answers
   * gives one again only under an equal stamp.
   */
  public ReadStamp readStamp() {
    return new ReadStamp(revisions.revision(), clock.today());
  }

  /** The store's log, in which every accepted change is recorded. */
  public AuditLogPort auditLog() {
    return auditLog;
  }

  /** Chooses the store, and optionally the clock. */
  public static final class Builder {
    private @Nullable CivitasStore store;
    private ClockPort clock = ClockPort.systemUtc();
    private @Nullable ApiTokenPort apiTokens;

    private Builder() {}

    /** Where units, strategies and commitments are kept. Required. */
    public Builder store(CivitasStore store) {
      this.store = Objects.requireNonNull(store, "store");
      return this;
    }

    /** Which time it is; the system clock in UTC unless given. */
    public Builder clock(Clock clock) {
      return clock(ClockPort.of(Objects.requireNonNull(clock, "clock")));
    }

    public Builder clock(ClockPort clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /** Where API tokens are kept; the store, when it keeps them, unless given. */
    public Builder apiTokens(ApiTokenPort tokens) {
      this.apiTokens = Objects.requireNonNull(tokens, "apiTokens");
      return this;
    }

    /**
     * @throws IllegalStateException without a store
     */
    public Civitas build() {
      CivitasStore chosen = store;
      if (chosen == null) {
        throw new IllegalStateException("give Civitas a store: Civitas.builder().store(...)");
      }
      ApiTokenPort tokens = apiTokens;
      if (tokens == null) {
        tokens = chosen instanceof ApiTokenPort storeTokens ? storeTokens : NO_TOKENS;
      }
      return new Civitas(chosen, clock, tokens);
    }
  }

  /** Where no token is kept: nobody authenticates, and making a token says what to do. */
  private static final ApiTokenPort NO_TOKENS =
      new ApiTokenPort() {
        @Override
        public Optional<ApiToken> findByHash(String secretHash) {
          return Optional.empty();
        }

        @Override
        public Optional<ApiToken> find(ApiTokenId id) {
          return Optional.empty();
        }

        @Override
        public void save(ApiToken token, AuditEntry entry) {
          throw new IllegalStateException(
              "this Civitas keeps no API tokens: give it a place for them,"
                  + " Civitas.builder().apiTokens(...)");
        }

        @Override
        public ImmutableList<ApiToken> list() {
          return ImmutableList.of();
        }

        @Override
        public Optional<ApiToken> revoke(ApiTokenId id, Instant at, AuditEntry entry) {
          return Optional.empty();
        }
      };
}
