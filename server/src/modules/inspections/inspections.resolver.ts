import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow } from '../../common/allow.decorator.js';
import { CurrentViewer } from '../../common/current-viewer.decorator.js';
import type { Viewer } from '../../common/gql-context.js';
import { AttachmentType, UploadAttachmentInput } from '../cases/index.js';
import { InspectionsService } from './inspections.service.js';
import {
  FindingCaseInput,
  InspectionEnterprisePageType,
  InspectionFigureEnum,
  InspectionFiguresType,
  InspectionFindingInput,
  InspectionFindingPageType,
  InspectionFindingType,
  InspectionPeriodInput,
  InspectionPersonType,
  InspectionRecordInput,
  InspectionRecordPageType,
  InspectionRecordType,
  InspectionTaskInput,
  InspectionTaskPageType,
  InspectionTaskType,
  InspectionTeamInput,
  InspectionTeamType,
  RectificationReportInput,
  RectificationPageType,
  RectificationStateEnum,
  RectificationSuggestionInput,
  RectificationType,
} from './inspections.types.js';
import type { InspectionFigure, RectificationState } from '@gridbridge/shared';

const VERSION = { type: () => Int, description: 'version as last read; a stale one is a CONFLICT' };
/** A keyset page's size and cursor, as every list of the admin API takes them. */
const FIRST = { type: () => Int, defaultValue: 20, description: 'Page size, 1 to 100' };
const AFTER = {
  type: () => String,
  nullable: true,
  description: 'The nextCursor of the page before; none for the first page',
};

/** Admin API: inspection teams, tasks, records, findings and rectification (docs/inspections.md). */
@Resolver()
export class InspectionsResolver {
  constructor(private readonly inspections: InspectionsService) {}

  @Query(() => [InspectionTeamType], { description: 'Every team, by name' })
  @Allow('inspection.read')
  inspectionTeams(): Promise<InspectionTeamType[]> {
    return this.inspections.teams();
  }

  @Query(() => [InspectionPersonType], { description: 'Active users with the INSPECTOR role' })
  @Allow('inspection.manage')
  inspectionInspectors(): Promise<InspectionPersonType[]> {
    return this.inspections.inspectors();
  }

  @Mutation(() => InspectionTeamType)
  @Allow('inspection.manage')
  createInspectionTeam(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: InspectionTeamInput,
  ): Promise<InspectionTeamType> {
    return this.inspections.createTeam(viewer, input);
  }

  @Mutation(() => InspectionTeamType)
  @Allow('inspection.manage')
  updateInspectionTeam(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: InspectionTeamInput,
    @Args('version', VERSION) version: number,
  ): Promise<InspectionTeamType> {
    return this.inspections.updateTeam(viewer, id, input, version);
  }

  @Query(() => InspectionTaskPageType, {
    description: "The office every task, an inspector their team's; newest first (keyset pages)",
  })
  @Allow('inspection.tasks')
  inspectionTasks(
    @CurrentViewer() viewer: Viewer,
    @Args('first', FIRST) first: number,
    @Args('after', AFTER) after: string | null,
  ): Promise<InspectionTaskPageType> {
    return this.inspections.tasks(viewer, first, after);
  }

  @Mutation(() => InspectionTaskType)
  @Allow('inspection.manage')
  createInspectionTask(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: InspectionTaskInput,
  ): Promise<InspectionTaskType> {
    return this.inspections.createTask(viewer, input);
  }

  @Mutation(() => InspectionTaskType)
  @Allow('inspection.manage')
  updateInspectionTask(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: InspectionTaskInput,
    @Args('version', VERSION) version: number,
  ): Promise<InspectionTaskType> {
    return this.inspections.updateTask(viewer, id, input, version);
  }

  @Query(() => InspectionRecordPageType, {
    description: "A task's records with their findings, newest first (keyset pages)",
  })
  @Allow('inspection.tasks')
  inspectionRecords(
    @CurrentViewer() viewer: Viewer,
    @Args('taskId', { type: () => ID }) taskId: string,
    @Args('first', FIRST) first: number,
    @Args('after', AFTER) after: string | null,
  ): Promise<InspectionRecordPageType> {
    return this.inspections.records(viewer, taskId, first, after);
  }

  @Mutation(() => AttachmentType, {
    description: 'A photo for an inspection record (pictures only); createInspectionRecord keeps it',
  })
  @Allow('inspection.work')
  uploadInspectionPhoto(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: UploadAttachmentInput,
  ): Promise<AttachmentType> {
    return this.inspections.uploadPhoto(viewer, input.fileName, input.contentBase64);
  }

  @Mutation(() => InspectionRecordType)
  @Allow('inspection.work')
  createInspectionRecord(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: InspectionRecordInput,
  ): Promise<InspectionRecordType> {
    return this.inspections.createRecord(viewer, input);
  }

  @Mutation(() => InspectionFindingType)
  @Allow('inspection.work')
  addInspectionFinding(
    @CurrentViewer() viewer: Viewer,
    @Args('recordId', { type: () => ID }) recordId: string,
    @Args('input') input: InspectionFindingInput,
  ): Promise<InspectionFindingType> {
    return this.inspections.addFinding(viewer, recordId, input);
  }

  @Mutation(() => InspectionFindingType, { description: 'Solved on the spot, saying how' })
  @Allow('inspection.work')
  solveFindingOnSpot(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('version', VERSION) version: number,
    @Args('solution') solution: string,
  ): Promise<InspectionFindingType> {
    return this.inspections.solveOnSpot(viewer, id, version, solution);
  }

  @Query(() => InspectionEnterprisePageType, {
    description:
      "Enterprises a finding may become a case for: the task's grid subtree, or the district for a department task; by name (keyset pages)",
  })
  @Allow('inspection.enterprises')
  inspectionFindingEnterprises(
    @CurrentViewer() viewer: Viewer,
    @Args('findingId', { type: () => ID }) findingId: string,
    @Args('keyword', {
      type: () => String,
      nullable: true,
      description: 'Part of the name, or the credit code',
    })
    keyword: string | null,
    @Args('first', FIRST) first: number,
    @Args('after', AFTER) after: string | null,
  ): Promise<InspectionEnterprisePageType> {
    return this.inspections.findingEnterprises(
      viewer,
      findingId,
      keyword?.slice(0, 100) ?? null,
      first,
      after,
    );
  }

  @Mutation(() => InspectionFindingType, { description: 'Turned into a case, channel 巡查发现' })
  @Allow('inspection.work')
  fileFindingAsCase(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('version', VERSION) version: number,
    @Args('input') input: FindingCaseInput,
  ): Promise<InspectionFindingType> {
    return this.inspections.fileAsCase(viewer, id, version, input);
  }

  @Mutation(() => InspectionFindingType, {
    description: 'Turned into a rectification suggestion (整改建议) to the department concerned',
  })
  @Allow('inspection.work')
  suggestRectification(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('version', VERSION) version: number,
    @Args('input') input: RectificationSuggestionInput,
  ): Promise<InspectionFindingType> {
    return this.inspections.suggestRectification(viewer, id, version, input);
  }

  @Query(() => RectificationPageType, {
    description:
      'The office every suggestion, a department those addressed to it; the earliest deadline first (keyset pages)',
  })
  @Allow('rectification.read')
  rectifications(
    @CurrentViewer() viewer: Viewer,
    @Args('state', { type: () => RectificationStateEnum, nullable: true }) state: RectificationState | null,
    @Args('first', FIRST) first: number,
    @Args('after', AFTER) after: string | null,
  ): Promise<RectificationPageType> {
    return this.inspections.rectifications(viewer, state ?? null, first, after);
  }

  @Mutation(() => RectificationType, { description: 'The department reports its rectification (整改情况)' })
  @Allow('rectification.report')
  reportRectification(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('version', VERSION) version: number,
    @Args('input') input: RectificationReportInput,
  ): Promise<RectificationType> {
    return this.inspections.reportRectification(viewer, id, version, input);
  }

  @Mutation(() => RectificationType, { description: 'The office accepts the reported rectification' })
  @Allow('inspection.read')
  acceptRectification(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('version', VERSION) version: number,
  ): Promise<RectificationType> {
    return this.inspections.acceptRectification(viewer, id, version);
  }

  @Mutation(() => RectificationType, { description: 'The office sends the report back with a reason' })
  @Allow('inspection.read')
  sendBackRectification(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('version', VERSION) version: number,
    @Args('reason') reason: string,
  ): Promise<RectificationType> {
    return this.inspections.sendBackRectification(viewer, id, version, reason);
  }

  @Query(() => InspectionFiguresType, { description: 'The figures of a period, per team and in total' })
  @Allow('inspection.read')
  inspectionFigures(@Args('period') period: InspectionPeriodInput): Promise<InspectionFiguresType> {
    return this.inspections.figures(period);
  }

  @Query(() => InspectionFindingPageType, {
    description: 'The findings behind one figure: the drill-down, by day (keyset pages)',
  })
  @Allow('inspection.read')
  inspectionFigureFindings(
    @Args('period') period: InspectionPeriodInput,
    @Args('figure', { type: () => InspectionFigureEnum }) figure: InspectionFigure,
    @Args('teamId', { type: () => ID, nullable: true }) teamId: string | null,
    @Args('first', FIRST) first: number,
    @Args('after', AFTER) after: string | null,
  ): Promise<InspectionFindingPageType> {
    return this.inspections.figureFindings(period, figure, teamId ?? null, first, after);
  }
}
