import { ResolveField, Resolver } from '@nestjs/graphql';
import { Clock } from '../../common/clock.js';
import type { GqlContext } from '../../common/gql-context.js';
import { CalendarService } from '../calendar/index.js';
import { availableActions, type CaseAction } from '@gridbridge/shared';
import { allowedByAssignment, ownAssignment, relationsOf } from './case-assignments.js';
import { deadlineOf } from './case-deadlines.js';
import { CaseAssignmentType } from './case-loop.types.js';
import { assignmentView } from './case-workbench.service.js';
import { CaseFieldPolicy } from './case-field-policy.js';
import {
  AttachmentType,
  CaseContactType,
  CaseActionEnum,
  CaseDeadlineType,
  CaseEventType,
  CaseLinkType,
  CaseType,
} from './cases.types.js';

/**
 * What a case shows beyond its own columns, batched per request (no N+1), on both APIs. Every
 * sensitive field goes through CaseFieldPolicy, which decides per viewer and case what shows.
 * Field resolvers take graphql-js's (parent, args, context) with no parameter decorators, so that
 * Nest hands them to graphql-js unwrapped (docs/performance.md; a lint rule keeps it so).
 */
@Resolver(() => CaseType)
export class CaseFieldsResolver {
  constructor(
    private readonly calendar: CalendarService,
    private readonly clock: Clock,
  ) {}

  @ResolveField(() => CaseDeadlineType, {
    nullable: true,
    description:
      'The running step’s deadline with its warning colour: office and departments only (null on the portal)',
  })
  async deadline(c: CaseType, _args: unknown, ctx: GqlContext): Promise<CaseDeadlineType | null> {
    if (!new CaseFieldPolicy(ctx.viewer, c).visible.warnings) return null;
    return deadlineOf(c, this.clock.now(), await this.calendar.current());
  }

  @ResolveField(() => Date, {
    nullable: true,
    description:
      'When the next step is promised (the running step’s deadline, without colour); null while the clock is paused or nothing is timed',
  })
  promisedBy(c: CaseType): Date | null {
    return c.pausedAt ? null : c.stateDeadline;
  }

  @ResolveField(() => [String], {
    description: 'Grid names from the level-1 grid down to the enterprise’s cell',
  })
  gridPath(c: CaseType, _args: unknown, ctx: GqlContext): Promise<string[]> {
    return ctx.loaders.gridPath.load(c.gridId);
  }

  @ResolveField(() => String, { nullable: true })
  namedDepartmentName(c: CaseType, _args: unknown, ctx: GqlContext): Promise<string | null> | null {
    return c.namedDepartmentId ? ctx.loaders.departmentName.load(c.namedDepartmentId) : null;
  }

  @ResolveField(() => String, { nullable: true })
  leadDepartmentName(c: CaseType, _args: unknown, ctx: GqlContext): Promise<string | null> | null {
    return c.leadDepartmentId ? ctx.loaders.departmentName.load(c.leadDepartmentId) : null;
  }

  @ResolveField(() => String, {
    nullable: true,
    description:
      'For anonymous tracking: shown to the enterprise, the grid head who reported the case and the office',
  })
  queryCode(c: CaseType & { queryCode: string }, _args: unknown, ctx: GqlContext): string | null {
    return new CaseFieldPolicy(ctx.viewer, c).queryCode(c.queryCode);
  }

  @ResolveField(() => String, {
    nullable: true,
    description: 'Who submitted; never shown to a department for a complaint (whistle-blower protection)',
  })
  submitterName(c: CaseType, _args: unknown, ctx: GqlContext): Promise<string | null> | null {
    const submitterId = new CaseFieldPolicy(ctx.viewer, c).submitterId();
    return submitterId ? ctx.loaders.userName.load(submitterId) : null;
  }

  @ResolveField(() => CaseContactType, {
    nullable: true,
    description:
      'The enterprise’s contact person; a department sees the phone masked, and only when the submitter agreed to be contacted and the case is no complaint',
  })
  async contact(c: CaseType, _args: unknown, ctx: GqlContext): Promise<CaseContactType | null> {
    const policy = new CaseFieldPolicy(ctx.viewer, c);
    if (policy.visible.contact === 'HIDDEN') return null;
    return policy.contact(await ctx.loaders.enterpriseContact.load(c.enterpriseId));
  }

  @ResolveField(() => CaseLinkType, { nullable: true, description: 'The original of a duplicate' })
  async duplicateOf(c: CaseType, _args: unknown, ctx: GqlContext): Promise<CaseLinkType | null> {
    return c.duplicateOfId ? ctx.loaders.caseLink.load(c.duplicateOfId) : null;
  }

  @ResolveField(() => [CaseAssignmentType], {
    description:
      'The departments handling the case, the lead first; drafts, opinions, requests and notes only for office and departments',
  })
  async assignments(c: CaseType, _args: unknown, ctx: GqlContext): Promise<CaseAssignmentType[]> {
    const working = new CaseFieldPolicy(ctx.viewer, c).visible.internalNotes;
    return (await ctx.loaders.caseAssignments.load(c.id)).map((a) => {
      const full = assignmentView(a);
      if (working) return full;
      // The promised date of the lead's reply is the enterprise's to know; the rest is working detail.
      return {
        ...full,
        replyDeadline: a.role === 'LEAD' ? a.replyDeadline : null,
        signDeadline: null,
        originalReplyDeadline: null,
        note: null,
        opinion: null,
        draftResult: null,
        draftText: null,
        draftInternalNote: null,
        pendingRequest: null,
        requestReason: null,
        requestDays: null,
        sentBackAt: null,
      };
    });
  }

  @ResolveField(() => [CaseActionEnum], {
    description:
      'What the viewer may do now: the lifecycle table’s actions for the state, kind, the viewer’s roles and relation (lead, co-department, office, submitter), and the state of the viewer’s own assignment',
  })
  async availableActions(c: CaseType, _args: unknown, ctx: GqlContext): Promise<CaseAction[]> {
    if (!ctx.viewer) return [];
    const assignments = await ctx.loaders.caseAssignments.load(c.id);
    const relations = relationsOf(ctx.viewer, assignments);
    const actions = allowedByAssignment(
      availableActions(c.state, ctx.viewer.roles, c.kind, relations),
      ownAssignment(ctx.viewer, assignments),
    );
    if (!actions.includes('acknowledgeSupervision')) return actions;
    // Acknowledging needs a 督办 to the viewer's department still waiting (the supervision domain's step).
    const pending = await ctx.loaders.caseSupervisionsPending.load(c.id);
    return pending.some((p) => p.departmentId === ctx.viewer?.departmentId)
      ? actions
      : actions.filter((action) => action !== 'acknowledgeSupervision');
  }

  @ResolveField(() => [AttachmentType])
  attachments(c: CaseType, _args: unknown, ctx: GqlContext): Promise<AttachmentType[]> {
    return ctx.loaders.caseAttachments.load(c.id);
  }

  @ResolveField(() => [CaseEventType], {
    description:
      'Oldest first. The enterprise and grid heads see the steps that changed or said something, without internal notes or staff names; a department never sees the names that tell who raised a complaint',
  })
  async timeline(c: CaseType, _args: unknown, ctx: GqlContext): Promise<CaseEventType[]> {
    const [events, attachments] = await Promise.all([
      ctx.loaders.caseTimeline.load(c.id),
      ctx.loaders.caseAttachments.load(c.id),
    ]);
    const withFiles = events.map((e) => ({
      ...e,
      attachments: attachments.filter((a) => a.eventId === e.id),
    }));
    return new CaseFieldPolicy(ctx.viewer, c).timeline(withFiles);
  }
}

/** The department's name on each assignment, batched per request like the case's own names. */
@Resolver(() => CaseAssignmentType)
export class CaseAssignmentFieldsResolver {
  @ResolveField(() => String, { description: 'The name of the department holding the assignment' })
  async departmentName(a: CaseAssignmentType, _args: unknown, ctx: GqlContext): Promise<string> {
    return (await ctx.loaders.departmentName.load(a.departmentId)) ?? '';
  }
}
