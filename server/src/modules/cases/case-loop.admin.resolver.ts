import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow } from '../../common/allow.decorator.js';
import { CurrentViewer } from '../../common/current-viewer.decorator.js';
import type { Viewer } from '../../common/gql-context.js';
import { optionalText, requiredText } from '../../common/validation.js';
import { CaseHandling } from './case-handling.service.js';
import {
  AssignCaseInput,
  DraftReplyInput,
  ExtensionRequestInput,
  FirstContactInput,
  ProgressInput,
  ReopenCaseInput,
} from './case-loop.inputs.js';
import {
  DepartmentQueueEnum,
  DepartmentWorkbenchCountsType,
  OfficeWorkbenchCountsType,
  WorkbenchPageType,
  type DepartmentQueue,
} from './case-loop.types.js';
import { CaseTriage } from './case-triage.service.js';
import { CaseWorkbench } from './case-workbench.service.js';
import { CaseType } from './cases.types.js';

const ID_ARG = { type: () => ID };
const VERSION_ARG = { type: () => Int };

/**
 * Admin API: the case loop after acceptance — the office assigns, reviews and settles disputes,
 * departments sign, contact, give opinions and reply, the leaders decide (docs/lifecycle-and-deadlines.md).
 * Each mutation takes the version the client saw; the lifecycle table and the viewer's relation
 * to the case decide.
 */
@Resolver()
export class CaseLoopAdminResolver {
  constructor(
    private readonly triage: CaseTriage,
    private readonly handling: CaseHandling,
    private readonly workbench: CaseWorkbench,
  ) {}

  @Query(() => WorkbenchPageType, {
    description: 'One queue of the viewer’s department workbench, nearest deadline first (keyset pages)',
  })
  @Allow('case.handle')
  departmentWorkbench(
    @CurrentViewer() viewer: Viewer,
    @Args('queue', { type: () => DepartmentQueueEnum }) queue: DepartmentQueue,
    @Args('first', { type: () => Int, defaultValue: 20 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<WorkbenchPageType> {
    return this.workbench.departmentQueue(viewer, queue, first, after);
  }

  @Query(() => DepartmentWorkbenchCountsType, {
    description: 'How many tasks each queue of the viewer’s department holds',
  })
  @Allow('case.handle')
  departmentWorkbenchCounts(@CurrentViewer() viewer: Viewer): Promise<DepartmentWorkbenchCountsType> {
    return this.workbench.departmentCounts(viewer);
  }

  @Query(() => OfficeWorkbenchCountsType, { description: 'What waits on the office, each a count' })
  @Allow('case.triage')
  officeWorkbenchCounts(): Promise<OfficeWorkbenchCountsType> {
    return this.workbench.officeCounts();
  }

  @Mutation(() => CaseType, { description: '交办: a lead department, any co-departments and a note' })
  @Allow('case.triage')
  assignCase(
    @CurrentViewer() viewer: Viewer,
    @Args('id', ID_ARG) id: string,
    @Args('version', VERSION_ARG) version: number,
    @Args('input') input: AssignCaseInput,
  ): Promise<CaseType> {
    return this.triage.assign(viewer, id, version, input);
  }

  @Mutation(() => CaseType, { description: '签收: the viewer’s department signs for its assignment' })
  @Allow('case.handle')
  signCase(
    @CurrentViewer() viewer: Viewer,
    @Args('id', ID_ARG) id: string,
    @Args('version', VERSION_ARG) version: number,
  ): Promise<CaseType> {
    return this.handling.sign(viewer, id, version);
  }

  @Mutation(() => CaseType, {
    description: '先行联系: the lead department’s first contact with the enterprise',
  })
  @Allow('case.handle')
  recordFirstContact(
    @CurrentViewer() viewer: Viewer,
    @Args('id', ID_ARG) id: string,
    @Args('version', VERSION_ARG) version: number,
    @Args('input') input: FirstContactInput,
  ): Promise<CaseType> {
    return this.handling.contact(viewer, id, version, input);
  }

  @Mutation(() => CaseType, { description: '办理进展: a note, for the enterprise or internal' })
  @Allow('case.handle')
  recordCaseProgress(
    @CurrentViewer() viewer: Viewer,
    @Args('id', ID_ARG) id: string,
    @Args('version', VERSION_ARG) version: number,
    @Args('input') input: ProgressInput,
  ): Promise<CaseType> {
    return this.handling.recordProgress(viewer, id, version, input);
  }

  @Mutation(() => CaseType, { description: '协办意见: a co-department’s opinion for the lead department' })
  @Allow('case.handle')
  submitCaseOpinion(
    @CurrentViewer() viewer: Viewer,
    @Args('id', ID_ARG) id: string,
    @Args('version', VERSION_ARG) version: number,
    @Args('opinion') opinion: string,
  ): Promise<CaseType> {
    return this.handling.submitOpinion(viewer, id, version, requiredText('opinion', opinion, 5000));
  }

  @Mutation(() => CaseType, {
    description: '拟写答复: the lead department’s reply, for its leader to approve',
  })
  @Allow('case.handle')
  draftCaseReply(
    @CurrentViewer() viewer: Viewer,
    @Args('id', ID_ARG) id: string,
    @Args('version', VERSION_ARG) version: number,
    @Args('input') input: DraftReplyInput,
  ): Promise<CaseType> {
    return this.handling.draftReply(viewer, id, version, input);
  }

  @Mutation(() => CaseType, {
    description: 'The lead department’s leader approves the draft and sends it to the office',
  })
  @Allow('case.departmentLead')
  submitCaseReply(
    @CurrentViewer() viewer: Viewer,
    @Args('id', ID_ARG) id: string,
    @Args('version', VERSION_ARG) version: number,
  ): Promise<CaseType> {
    return this.handling.submitReply(viewer, id, version);
  }

  @Mutation(() => CaseType, {
    description: '申请延期: asked once; the clock stops until the office leader decides',
  })
  @Allow('case.departmentLead')
  requestCaseExtension(
    @CurrentViewer() viewer: Viewer,
    @Args('id', ID_ARG) id: string,
    @Args('version', VERSION_ARG) version: number,
    @Args('input') input: ExtensionRequestInput,
  ): Promise<CaseType> {
    return this.handling.requestExtension(viewer, id, version, input);
  }

  @Mutation(() => CaseType, { description: '申请退回: not the department’s duty; the clock stops' })
  @Allow('case.departmentLead')
  requestCaseReturn(
    @CurrentViewer() viewer: Viewer,
    @Args('id', ID_ARG) id: string,
    @Args('version', VERSION_ARG) version: number,
    @Args('reason') reason: string,
  ): Promise<CaseType> {
    return this.handling.requestReturn(viewer, id, version, requiredText('reason', reason, 1000));
  }

  @Mutation(() => CaseType, {
    description: 'The office leader approves (moves the deadline) or denies an extension',
  })
  @Allow('case.officeLead')
  decideCaseExtension(
    @CurrentViewer() viewer: Viewer,
    @Args('id', ID_ARG) id: string,
    @Args('version', VERSION_ARG) version: number,
    @Args('approve') approve: boolean,
    @Args('reason') reason: string,
  ): Promise<CaseType> {
    return this.triage.decideExtension(viewer, id, version, approve, requiredText('reason', reason, 1000));
  }

  @Mutation(() => CaseType, {
    description: 'The office leader approves a return (back to ACCEPTED for a new assignment) or denies it',
  })
  @Allow('case.officeLead')
  decideCaseReturn(
    @CurrentViewer() viewer: Viewer,
    @Args('id', ID_ARG) id: string,
    @Args('version', VERSION_ARG) version: number,
    @Args('approve') approve: boolean,
    @Args('reason') reason: string,
  ): Promise<CaseType> {
    return this.triage.decideReturn(viewer, id, version, approve, requiredText('reason', reason, 1000));
  }

  @Mutation(() => CaseType, { description: 'The office approves the reply: it goes to the enterprise' })
  @Allow('case.triage')
  approveCaseReply(
    @CurrentViewer() viewer: Viewer,
    @Args('id', ID_ARG) id: string,
    @Args('version', VERSION_ARG) version: number,
    @Args('note', { type: () => String, nullable: true }) note: string | null,
  ): Promise<CaseType> {
    return this.triage.approveReply(viewer, id, version, optionalText('note', note, 1000));
  }

  @Mutation(() => CaseType, { description: '退回重办: the reply goes back with a reason; the clock goes on' })
  @Allow('case.triage')
  sendCaseBack(
    @CurrentViewer() viewer: Viewer,
    @Args('id', ID_ARG) id: string,
    @Args('version', VERSION_ARG) version: number,
    @Args('reason') reason: string,
  ): Promise<CaseType> {
    return this.triage.sendBack(viewer, id, version, requiredText('reason', reason, 1000));
  }

  @Mutation(() => CaseType, { description: 'Reopens a disputed case: a new deadline, the reopen count + 1' })
  @Allow('case.triage')
  reopenCase(
    @CurrentViewer() viewer: Viewer,
    @Args('id', ID_ARG) id: string,
    @Args('version', VERSION_ARG) version: number,
    @Args('input') input: ReopenCaseInput,
  ): Promise<CaseType> {
    return this.triage.reopen(viewer, id, version, input);
  }

  @Mutation(() => CaseType, {
    description: 'Closes a disputed case with an explanation the enterprise reads',
  })
  @Allow('case.triage')
  closeDisputedCase(
    @CurrentViewer() viewer: Viewer,
    @Args('id', ID_ARG) id: string,
    @Args('version', VERSION_ARG) version: number,
    @Args('explanation') explanation: string,
  ): Promise<CaseType> {
    return this.triage.closeDisputed(viewer, id, version, requiredText('explanation', explanation, 2000));
  }
}
