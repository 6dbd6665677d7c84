import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, PUBLIC } from '../../common/allow.decorator.js';
import { AppError } from '../../common/app-error.js';
import { CurrentViewer } from '../../common/current-viewer.decorator.js';
import type { Viewer } from '../../common/gql-context.js';
import { ownEnterprise } from '../../common/scope.js';
import { currentRequest } from '../../common/request-context.js';
import { OptionalInput, optionalText, requiredText } from '../../common/validation.js';
import { AttachmentsService } from './attachments.service.js';
import { CaseEvaluation } from './case-evaluation.service.js';
import { EvaluateCaseInput } from './case-loop.inputs.js';
import { CasesService } from './cases.service.js';
import { CasePageArgs, SubmitCaseInput, SupplementCaseInput, UploadAttachmentInput } from './cases.inputs.js';
import { AttachmentType, CasePage, CaseTrackingType, CaseType } from './cases.types.js';

/** Portal API: enterprises and grid heads submit and follow their cases; anyone tracks one. */
@Resolver()
export class CasesPortalResolver {
  constructor(
    private readonly cases: CasesService,
    private readonly attachments: AttachmentsService,
    private readonly evaluation: CaseEvaluation,
  ) {}

  @Mutation(() => CaseType, {
    description:
      'Submits a case (grid heads: on behalf of an enterprise of their grid, 网格上报). Idempotent per clientKey',
  })
  @Allow('case.report')
  submitCase(@CurrentViewer() viewer: Viewer, @Args('input') input: SubmitCaseInput): Promise<CaseType> {
    if (viewer.roles.includes('ENTERPRISE')) ownEnterprise(viewer);
    return this.cases.submit(viewer, input, viewer.roles.includes('ENTERPRISE') ? 'PORTAL' : 'GRID_HEAD');
  }

  @Mutation(() => AttachmentType, { description: 'Uploads a file to attach on submission or supplement' })
  @Allow('case.report')
  uploadAttachment(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: UploadAttachmentInput,
  ): Promise<AttachmentType> {
    return this.attachments.upload(viewer, input.fileName, input.contentBase64);
  }

  @Query(() => CasePage, { description: 'The enterprise’s cases; for a grid head, those of their grid' })
  @Allow('case.report')
  myCases(
    @CurrentViewer() viewer: Viewer,
    @OptionalInput('page', CasePageArgs) page: CasePageArgs | null,
  ): Promise<CasePage> {
    if (viewer.roles.includes('ENTERPRISE')) ownEnterprise(viewer);
    // Filtering by colour would tell the portal the warning it must never read.
    if (page?.filter?.deadline)
      throw AppError.validation({ field: 'filter.deadline', rule: 'notAllowedHere' });
    return this.cases.list(viewer, page ?? { first: 20 });
  }

  @Query(() => CaseType)
  @Allow('case.report')
  myCase(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string): Promise<CaseType> {
    return this.cases.get(viewer, id);
  }

  @Mutation(() => CaseType, { description: 'Answers the office’s request for more information' })
  @Allow('case.report')
  supplementCase(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('version', { type: () => Int }) version: number,
    @Args('input') input: SupplementCaseInput,
  ): Promise<CaseType> {
    return this.cases.supplement(viewer, id, version, input);
  }

  @Mutation(() => CaseType)
  @Allow('case.report')
  withdrawCase(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('version', { type: () => Int }) version: number,
    @Args('reason', { type: () => String, nullable: true }) reason: string | null,
  ): Promise<CaseType> {
    return this.cases.withdraw(viewer, id, version, optionalText('reason', reason, 1000));
  }

  @Query(() => CaseTrackingType, {
    description: 'Anyone: the status and public steps of one case, given its tracking number and query code',
  })
  @Allow(PUBLIC)
  trackCase(
    @Args('trackingNo') trackingNo: string,
    @Args('queryCode') queryCode: string,
  ): Promise<CaseTrackingType> {
    return this.cases.track(
      requiredText('trackingNo', trackingNo, 20),
      requiredText('queryCode', queryCode, 20),
      currentRequest()?.ip ?? 'unknown',
    );
  }

  @Mutation(() => CaseType, {
    description: '评价: solved? satisfied? DISSATISFIED turns the case into a dispute for the office',
  })
  @Allow('case.evaluate')
  evaluateCase(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('version', { type: () => Int }) version: number,
    @Args('input') input: EvaluateCaseInput,
  ): Promise<CaseType> {
    ownEnterprise(viewer);
    return this.evaluation.evaluate(viewer, id, version, input);
  }
}
