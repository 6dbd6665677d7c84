import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow } from '../../common/allow.decorator.js';
import { CurrentViewer } from '../../common/current-viewer.decorator.js';
import type { Viewer } from '../../common/gql-context.js';
import { AttachmentType, UploadAttachmentInput } from '../cases/index.js';
import { InspectionsService } from './inspections.service.js';
import {
  FindingCaseInput,
  InspectionEnterpriseType,
  InspectionFigureEnum,
  InspectionFiguresType,
  InspectionFindingInput,
  InspectionFindingType,
  InspectionPeriodInput,
  InspectionPersonType,
  InspectionRecordInput,
  InspectionRecordType,
  InspectionTaskInput,
  InspectionTaskType,
  InspectionTeamInput,
  InspectionTeamType,
  RectificationReportInput,
  RectificationStateEnum,
  RectificationSuggestionInput,
  RectificationType,
} from './inspections.types.js';
import type { InspectionFigure, RectificationState } from '@gridbridge/shared';

const VERSION = { type: () => Int, description: 'version as last read; a stale one is a CONFLICT' };

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

  @Query(() => [InspectionTaskType], {
    description: "The office every task, an inspector their team's; newest first",
  })
  @Allow('inspection.tasks')
  inspectionTasks(@CurrentViewer() viewer: Viewer): Promise<InspectionTaskType[]> {
    return this.inspections.tasks(viewer);
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

  @Query(() => [InspectionRecordType], { description: "A task's records with their findings, newest first" })
  @Allow('inspection.tasks')
  inspectionRecords(
    @CurrentViewer() viewer: Viewer,
    @Args('taskId', { type: () => ID }) taskId: string,
  ): Promise<InspectionRecordType[]> {
    return this.inspections.records(viewer, taskId);
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

  @Query(() => [InspectionEnterpriseType], {
    description:
      "Enterprises a finding may become a case for: the task's grid subtree, or the district for a department task",
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
  ): Promise<InspectionEnterpriseType[]> {
    return this.inspections.findingEnterprises(viewer, findingId, keyword?.slice(0, 100) ?? null);
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

  @Query(() => [RectificationType], {
    description: 'The office every suggestion, a department those addressed to it; by deadline',
  })
  @Allow('rectification.read')
  rectifications(
    @CurrentViewer() viewer: Viewer,
    @Args('state', { type: () => RectificationStateEnum, nullable: true }) state: RectificationState | null,
  ): Promise<RectificationType[]> {
    return this.inspections.rectifications(viewer, state ?? null);
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

  @Query(() => [InspectionFindingType], { description: 'The findings behind one figure: the drill-down' })
  @Allow('inspection.read')
  inspectionFigureFindings(
    @Args('period') period: InspectionPeriodInput,
    @Args('figure', { type: () => InspectionFigureEnum }) figure: InspectionFigure,
    @Args('teamId', { type: () => ID, nullable: true }) teamId: string | null,
  ): Promise<InspectionFindingType[]> {
    return this.inspections.figureFindings(period, figure, teamId ?? null);
  }
}
