import { Args, ID, Int, Mutation, Query, Resolver, Subscription } from '@nestjs/graphql';
import { Allow } from '../../common/allow.decorator.js';
import { CurrentViewer } from '../../common/current-viewer.decorator.js';
import type { Viewer } from '../../common/gql-context.js';
import { optionalText, requiredText } from '../../common/validation.js';
import { CaseType } from '../cases/index.js';
import { LiveSupervisionBoard } from './live-board.service.js';
import { SupervisionService } from './supervision.service.js';
import {
  CaseSupervisionPageType,
  CaseSupervisionType,
  SuperviseCaseInput,
  SupervisionBoardChangeType,
  SupervisionDepartmentCountType,
  SupervisionFilter,
  SupervisionPageType,
} from './supervision.types.js';

const ID_ARG = { type: () => ID };
const VERSION_ARG = { type: () => Int };

/**
 * Admin API: the supervision board 督查台 and 督办/催办 (docs/supervision.md). The office reads the
 * board and issues; a department reads and acknowledges the 督办 issued to it.
 */
@Resolver()
export class SupervisionAdminResolver {
  constructor(
    private readonly supervision: SupervisionService,
    private readonly liveBoard: LiveSupervisionBoard,
  ) {}

  @Query(() => SupervisionPageType, {
    description: 'Warnings and detections, most overdue first (keyset pages), filtered',
  })
  @Allow('supervision.manage')
  supervisionBoard(
    @Args('filter', { type: () => SupervisionFilter, defaultValue: {} }) filter: SupervisionFilter,
    @Args('first', { type: () => Int, defaultValue: 20 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<SupervisionPageType> {
    return this.supervision.board(filter, first, after);
  }

  @Query(() => [SupervisionDepartmentCountType], {
    description: 'The board’s items per department under the same filters (the department filter aside)',
  })
  @Allow('supervision.manage')
  supervisionCounts(
    @Args('filter', { type: () => SupervisionFilter, defaultValue: {} }) filter: SupervisionFilter,
  ): Promise<SupervisionDepartmentCountType[]> {
    return this.supervision.countsByDepartment(filter);
  }

  @Subscription(() => SupervisionBoardChangeType, {
    description:
      'Each time warnings or detections are raised, on any instance (graphql-ws on the API’s path): read the board again',
    resolve: (change: SupervisionBoardChangeType) => change,
  })
  @Allow('supervision.manage')
  supervisionBoardChanged(
    @CurrentViewer() viewer: Viewer,
  ): AsyncIterableIterator<SupervisionBoardChangeType> {
    return this.liveBoard.stream(viewer);
  }

  @Query(() => [CaseSupervisionType], {
    description: 'A case’s 督办: the office sees all, a department those issued to it',
  })
  @Allow('case.read')
  caseSupervisions(
    @CurrentViewer() viewer: Viewer,
    @Args('caseId', ID_ARG) caseId: string,
  ): Promise<CaseSupervisionType[]> {
    return this.supervision.ofCase(viewer, caseId);
  }

  @Query(() => CaseSupervisionPageType, {
    description: 'The 督办 the viewer’s department has not acknowledged yet, oldest first',
  })
  @Allow('supervision.acknowledge')
  pendingSupervisions(
    @CurrentViewer() viewer: Viewer,
    @Args('first', { type: () => Int, defaultValue: 20 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<CaseSupervisionPageType> {
    return this.supervision.pendingForDepartment(viewer, first, after);
  }

  @Mutation(() => CaseType, { description: '督办: a level, a note and a deadline, to the lead department' })
  @Allow('supervision.manage')
  superviseCase(
    @CurrentViewer() viewer: Viewer,
    @Args('id', ID_ARG) id: string,
    @Args('version', VERSION_ARG) version: number,
    @Args('input') input: SuperviseCaseInput,
  ): Promise<CaseType> {
    return this.supervision.supervise(viewer, id, version, input);
  }

  @Mutation(() => CaseType, { description: '催办: a note to the lead department' })
  @Allow('supervision.manage')
  urgeCase(
    @CurrentViewer() viewer: Viewer,
    @Args('id', ID_ARG) id: string,
    @Args('version', VERSION_ARG) version: number,
    @Args('note') note: string,
  ): Promise<CaseType> {
    return this.supervision.urge(viewer, id, version, requiredText('note', note, 1000));
  }

  @Mutation(() => CaseType, { description: 'The department acknowledges the 督办 issued to it' })
  @Allow('supervision.acknowledge')
  acknowledgeSupervision(
    @CurrentViewer() viewer: Viewer,
    @Args('id', ID_ARG) id: string,
    @Args('version', VERSION_ARG) version: number,
    @Args('note', { type: () => String, nullable: true }) note: string | null,
  ): Promise<CaseType> {
    return this.supervision.acknowledge(viewer, id, version, optionalText('note', note, 1000));
  }
}
