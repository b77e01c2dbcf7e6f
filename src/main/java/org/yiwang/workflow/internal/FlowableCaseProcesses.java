package org.yiwang.workflow.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.flowable.bpmn.model.BpmnModel;
import org.flowable.common.engine.api.FlowableObjectNotFoundException;
import org.flowable.common.engine.api.FlowableOptimisticLockingException;
import org.flowable.common.engine.api.FlowableTaskAlreadyClaimedException;
import org.flowable.engine.ManagementService;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.engine.impl.cmd.CompleteTaskCmd;
import org.flowable.engine.impl.util.CommandContextUtil;
import org.flowable.engine.repository.ProcessDefinition;
import org.flowable.engine.runtime.ProcessInstance;
import org.flowable.task.service.impl.persistence.entity.TaskEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.yiwang.catalog.ItemContent.HandlerRole;
import org.yiwang.catalog.ItemGuide;
import org.yiwang.catalog.ItemPublished;
import org.yiwang.catalog.ServiceCatalog;
import org.yiwang.identity.CurrentUser;
import org.yiwang.identity.Role;
import org.yiwang.shared.BusinessRuleException;
import org.yiwang.shared.NotFoundException;
import org.yiwang.workflow.CaseProcesses;
import org.yiwang.workflow.CompletedStep;
import org.yiwang.workflow.ProcessStep;
import org.yiwang.workflow.StepKind;
import org.yiwang.workflow.TaskAction;
import org.yiwang.workflow.WorkTask;

/** Runs each case as a Flowable process instance whose business key is the case id. */
@Service
class FlowableCaseProcesses implements CaseProcesses {

  private static final Logger log = LoggerFactory.getLogger(FlowableCaseProcesses.class);
  private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  private static final Set<Role> HANDLING_ROLES = Set.of(Role.WINDOW, Role.APPROVER, Role.SUPERVISOR);

  private final RepositoryService repository;
  private final RuntimeService runtime;
  private final TaskService tasks;
  private final ManagementService management;
  private final ServiceCatalog catalog;
  private final InboxTable inbox;
  private final OpenTasks open;
  private final FinishedTasks finished;
  private final TransactionTemplate ownTransaction;
  private final String comprehensiveWindow;
  private final com.github.benmanes.caffeine.cache.Cache<String, ProcessDefinition> deployed =
      com.github.benmanes.caffeine.cache.Caffeine.newBuilder().maximumSize(20_000).build();
  private final com.github.benmanes.caffeine.cache.Cache<String, String> flowcharts =
      com.github.benmanes.caffeine.cache.Caffeine.newBuilder().maximumSize(3_000).build();

  FlowableCaseProcesses(
      RepositoryService repository,
      RuntimeService runtime,
      TaskService tasks,
      ManagementService management,
      ServiceCatalog catalog,
      InboxTable inbox,
      OpenTasks open,
      FinishedTasks finished,
      PlatformTransactionManager transactions,
      @Value("${yiwang.workflow.comprehensive-window:yshj}") String comprehensiveWindow) {
    this.repository = repository;
    this.runtime = runtime;
    this.tasks = tasks;
    this.management = management;
    this.catalog = catalog;
    this.inbox = inbox;
    this.open = open;
    this.finished = finished;
    this.ownTransaction = new TransactionTemplate(transactions);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.comprehensiveWindow = comprehensiveWindow;
  }

  // --- definitions ---

  /** A newly published version gets its process at once, so the first case does not wait for it. */
  @ApplicationModuleListener
  void on(ItemPublished published) {
    definition(published.itemCode(), published.version());
  }

  /**
   * The deployed process of an item version, deployed in its own transaction when missing (a
   * deployment stays even if the case that needed it is rolled back).
   */
  ProcessDefinition definition(String itemCode, int version) {
    String key = ProcessModels.key(itemCode, version);
    ProcessDefinition deployed = latest(key);
    if (deployed != null) {
      return deployed;
    }
    synchronized (this) {
      return ownTransaction.execute(
          status -> {
            ProcessDefinition again = latest(key);
            if (again != null) {
              return again;
            }
            ItemGuide item =
                catalog
                    .itemVersion(itemCode, version)
                    .orElseThrow(() -> new NotFoundException("catalog.item.notFound", itemCode));
            BpmnModel model = ProcessModels.build(item, comprehensiveWindow);
            var deployment =
                repository
                    .createDeployment()
                    .key(key)
                    .name(item.content().name() + " v" + version)
                    .category(item.departmentCode())
                    .addBpmnModel(key + ".bpmn20.xml", model)
                    .deploy();
            log.info("Deployed process {} for item {} version {}", key, itemCode, version);
            return repository.createProcessDefinitionQuery().deploymentId(deployment.getId()).singleResult();
          });
    }
  }

  /**
   * The deployed definition of a process key; an item version is deployed once and never changes, so
   * it is kept. A definition an older release deployed without due dates on its tasks counts as
   * missing: the item version is deployed again (a new definition version; running cases keep theirs).
   */
  private ProcessDefinition latest(String key) {
    ProcessDefinition known = deployed.getIfPresent(key);
    if (known != null) {
      return known;
    }
    ProcessDefinition found = repository.createProcessDefinitionQuery().processDefinitionKey(key).latestVersion().singleResult();
    if (found == null || !ProcessModels.setsDueDates(repository.getBpmnModel(found.getId()))) {
      return null;
    }
    deployed.put(key, found);
    return found;
  }

  @Override
  public List<ProcessStep> steps(String itemCode, int itemVersion) {
    return catalog
        .itemVersion(itemCode, itemVersion)
        .map(item -> ProcessModels.steps(item.content()))
        .orElse(List.of());
  }

  @Override
  public Optional<String> flowchartSvg(String itemCode) {
    return catalog
        .publishedItem(itemCode)
        .map(
            item -> {
              String key = ProcessModels.key(item.code(), item.version());
              String drawn = flowcharts.getIfPresent(key);
              if (drawn != null) {
                return drawn;
              }
              ProcessDefinition definition = latest(key);
              BpmnModel model =
                  definition != null
                      ? repository.getBpmnModel(definition.getId())
                      : ProcessModels.build(item, comprehensiveWindow);
              String title = item.content().flowchartTitle();
              String svg = FlowchartSvg.draw(model, title == null || title.isBlank() ? item.content().name() + "流程图" : title);
              // an item version's process never changes, deployed or still to be deployed (built the same way)
              flowcharts.put(key, svg);
              return svg;
            });
  }

  // --- cases ---

  @Override
  public void prepare(String itemCode, int itemVersion) {
    definition(itemCode, itemVersion);
  }

  @Override
  @Transactional
  public void start(String itemCode, int itemVersion, String caseId, LocalDate acceptBy) {
    ProcessDefinition definition = definition(itemCode, itemVersion);
    runtime.createProcessInstanceBuilder()
        .processDefinitionId(definition.getId())
        .businessKey(caseId)
        .transientVariable(ProcessModels.DUE, date(acceptBy))
        .start();
  }

  @Override
  @Transactional(readOnly = true)
  public List<WorkTask> openTasks(String caseId) {
    return open.ofCase(caseId);
  }

  @Override
  @Transactional
  public WorkTask claim(String taskId, CurrentUser staff) {
    WorkTask task = handleable(taskId, staff);
    if (task.assignee() == null) {
      try {
        tasks.claim(taskId, staff.username());
      } catch (FlowableTaskAlreadyClaimedException | FlowableOptimisticLockingException e) {
        throw BusinessRuleException.conflict("workflow.task.claimedByOther");
      }
    }
    return open.byId(taskId).orElseThrow();
  }

  @Override
  @Transactional
  public CompletedStep complete(WorkTask task, TaskAction action, CurrentUser staff, String opinion, LocalDate nextDue) {
    String taskId = task.id();
    StepKind kind = task.kind();
    if (!kind.allows(action)) {
      throw BusinessRuleException.badRequest("action", "workflow.task.actionNotAllowed", action.name(), task.name());
    }
    try {
      // completed by the member of staff (the engine records them as its completer) without claiming it
      // first: a claim would write the task, its history, a participant link and the inbox once more only
      // for the completion to remove them (two completing at once are serialized by the case's lock).
      // The outcome and the next tasks' due date are transient: only the gateway after the task and
      // the tasks it creates read them, in this command (a stored outcome wrote its variable and the
      // variable's history at every completion).
      Map<String, Object> transients = new HashMap<>(); // not Map.of: the due date may be null
      transients.put(ProcessModels.OUTCOME, action.name());
      transients.put(ProcessModels.DUE, date(nextDue));
      // the engine completes a task whoever holds it, and the task was read before the case's lock:
      // a colleague's claim made since is refused here, in the completion's own command (which then
      // finds the task in the command's cache, so it is still read once)
      management.executeCommand(context -> {
        TaskEntity current = CommandContextUtil.getTaskService(context).getTask(taskId);
        if (current != null && current.getAssignee() != null && !current.getAssignee().equals(staff.username())) {
          throw new FlowableTaskAlreadyClaimedException(taskId, current.getAssignee());
        }
        new CompleteTaskCmd(taskId, staff.username(), Map.of(), transients).execute(context);
        finished.record(current, task.caseId(), staff.username()); // the task was found: the completion did not throw
        return null;
      });
    } catch (FlowableTaskAlreadyClaimedException e) {
      throw BusinessRuleException.conflict("workflow.task.claimedByOther");
    } catch (FlowableObjectNotFoundException | FlowableOptimisticLockingException e) {
      throw BusinessRuleException.conflict("workflow.task.alreadyCompleted");
    }
    return new CompletedStep(
        taskId, task.caseId(), task.name(), kind, action, staff.username(), opinion, Instant.now());
  }

  @Override
  @Transactional(readOnly = true)
  public WorkTask handleable(String taskId, CurrentUser staff) {
    OpenTasks.WithCandidates found = open.withCandidates(taskId).orElse(null);
    if (found == null) {
      var done = finished.find(taskId);
      if (done.isPresent() && done.get().couldHaveBeenHandledBy(staff.username(), groups(staff))) {
        throw BusinessRuleException.conflict("workflow.task.alreadyCompleted");
      }
      throw new NotFoundException("workflow.task.notFound", taskId);
    }
    WorkTask task = found.task();
    if (!mayHandle(task, found.groups(), staff)) {
      throw new NotFoundException("workflow.task.notFound", taskId);
    }
    if (task.assignee() != null && !task.assignee().equals(staff.username())) {
      throw BusinessRuleException.conflict("workflow.task.claimedByOther");
    }
    return task;
  }

  private static boolean mayHandle(WorkTask task, List<String> candidateGroups, CurrentUser staff) {
    if (staff.username().equals(task.assignee())) {
      return true;
    }
    Set<String> mine = groups(staff);
    return candidateGroups.stream().anyMatch(mine::contains);
  }

  static Set<String> groups(CurrentUser staff) {
    if (!staff.isStaff() || staff.departmentCode() == null) {
      return Set.of();
    }
    Set<String> groups = new HashSet<>();
    for (Role role : staff.roles()) {
      if (HANDLING_ROLES.contains(role)) {
        groups.add(ProcessModels.group(staff.departmentCode(), HandlerRole.valueOf(role.name())));
      }
    }
    return groups;
  }

  @Override
  @Transactional
  public void resumeAfterCorrection(String caseId) {
    ProcessInstance instance =
        runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseId).singleResult();
    var waiting =
        instance == null
            ? null
            : runtime
                .createExecutionQuery()
                .processInstanceId(instance.getId())
                .activityId(ProcessModels.CORRECTION_WAIT)
                .singleResult();
    if (waiting == null) {
      throw BusinessRuleException.conflict("workflow.notWaitingForCorrection");
    }
    runtime.trigger(waiting.getId());
  }

  @Override
  @Transactional
  public void cancel(String caseId, String reason) {
    ProcessInstance instance =
        runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseId).singleResult();
    if (instance != null) {
      runtime.deleteProcessInstance(instance.getId(), reason);
    }
  }

  @Override
  @Transactional
  public void setDueDate(String caseId, LocalDate due) {
    Date date = date(due);
    for (WorkTask task : open.ofCase(caseId)) {
      tasks.setDueDate(task.id(), date);
    }
  }

  private static Date date(LocalDate day) {
    return day == null ? null : Date.from(day.atStartOfDay(ZONE).toInstant());
  }

  @Override
  @Transactional(readOnly = true)
  public List<WorkTask> inbox(CurrentUser staff, InboxFilter filter, int page, int size) {
    Set<String> groups = groups(staff);
    return groups.isEmpty() ? List.of() : inbox.page(staff, groups, filter, page, size);
  }

  @Override
  @Transactional(readOnly = true)
  public long inboxCount(CurrentUser staff, InboxFilter filter) {
    Set<String> groups = groups(staff);
    return groups.isEmpty() ? 0 : inbox.count(staff, groups, filter);
  }
}
