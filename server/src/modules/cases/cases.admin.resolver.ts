import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow } from '../../common/allow.decorator.js';
import { CurrentViewer } from '../../common/current-viewer.decorator.js';
import type { Viewer } from '../../common/gql-context.js';
import { OptionalInput, optionalText, requiredText } from '../../common/validation.js';
import { AttachmentsService } from './attachments.service.js';
import { CaseContacts } from './case-contact.service.js';
import { CaseTriage } from './case-triage.service.js';
import { CasesService } from './cases.service.js';
import {
  AcceptCaseInput,
  CasePageArgs,
  DirectReplyInput,
  OfficeCaseInput,
  UploadAttachmentInput,
} from './cases.inputs.js';
import { AttachmentType, CaseContactType, CasePage, CaseStateCountType, CaseType } from './cases.types.js';

/** Admin API: the office's triage and case lists; departments see the cases they lead. */
@Resolver()
export class CasesAdminResolver {
  constructor(
    private readonly caseService: CasesService,
    private readonly attachments: AttachmentsService,
    private readonly contacts: CaseContacts,
    private readonly triage: CaseTriage,
  ) {}

  @Query(() => CasePage, { description: 'Cases in the viewer’s scope, newest first, filtered and searched' })
  @Allow('case.read')
  cases(
    @CurrentViewer() viewer: Viewer,
    @OptionalInput('page', CasePageArgs) page: CasePageArgs | null,
  ): Promise<CasePage> {
    return this.caseService.list(viewer, page ?? { first: 20 });
  }

  @Query(() => [CaseStateCountType], {
    description:
      'One enterprise’s cases in the viewer’s scope, counted per state (states without cases left out)',
  })
  @Allow('case.read')
  enterpriseCaseCounts(
    @CurrentViewer() viewer: Viewer,
    @Args('enterpriseId', { type: () => ID }) enterpriseId: string,
  ): Promise<CaseStateCountType[]> {
    return this.caseService.stateCounts(viewer, enterpriseId);
  }

  @Query(() => CaseType)
  @Allow('case.read')
  case(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string): Promise<CaseType> {
    return this.caseService.get(viewer, id);
  }

  @Mutation(() => CaseContactType, {
    description:
      'Shows a department the unmasked contact phone of a case it handles, where it may see it masked; audited',
  })
  @Allow('case.handle')
  revealCaseContact(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<CaseContactType> {
    return this.contacts.reveal(viewer, id);
  }

  @Mutation(() => AttachmentType)
  @Allow('case.triage')
  uploadAttachment(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: UploadAttachmentInput,
  ): Promise<AttachmentType> {
    return this.attachments.upload(viewer, input.fileName, input.contentBase64);
  }

  @Mutation(() => CaseType, { description: 'Enters a case the office received by phone, visit or letter' })
  @Allow('case.triage')
  enterCase(@CurrentViewer() viewer: Viewer, @Args('input') input: OfficeCaseInput): Promise<CaseType> {
    return this.caseService.submit(viewer, input, input.channel);
  }

  @Mutation(() => CaseType)
  @Allow('case.triage')
  acceptCase(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('version', { type: () => Int }) version: number,
    @Args('input') input: AcceptCaseInput,
  ): Promise<CaseType> {
    return this.triage.accept(viewer, id, version, input);
  }

  @Mutation(() => CaseType, { description: 'Refuses the case with a reason the enterprise reads (不予受理)' })
  @Allow('case.triage')
  rejectCase(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('version', { type: () => Int }) version: number,
    @Args('reason') reason: string,
  ): Promise<CaseType> {
    return this.triage.reject(viewer, id, version, requiredText('reason', reason, 1000));
  }

  @Mutation(() => CaseType, { description: 'Asks the enterprise for more information; the clock pauses' })
  @Allow('case.triage')
  requestCaseInfo(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('version', { type: () => Int }) version: number,
    @Args('request') request: string,
  ): Promise<CaseType> {
    return this.triage.requestInfo(viewer, id, version, requiredText('request', request, 1000));
  }

  @Mutation(() => CaseType, {
    description: 'Closes the case as a duplicate of another, linked; the enterprise is told',
  })
  @Allow('case.triage')
  markCaseDuplicate(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('version', { type: () => Int }) version: number,
    @Args('originalTrackingNo') originalTrackingNo: string,
    @Args('note', { type: () => String, nullable: true }) note: string | null,
  ): Promise<CaseType> {
    return this.triage.markDuplicate(
      viewer,
      id,
      version,
      requiredText('originalTrackingNo', originalTrackingNo, 20),
      optionalText('note', note, 1000),
    );
  }

  @Mutation(() => CaseType, {
    description: 'The office replies itself (consultations, or any accepted case)',
  })
  @Allow('case.triage')
  replyCaseDirectly(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('version', { type: () => Int }) version: number,
    @Args('input') input: DirectReplyInput,
  ): Promise<CaseType> {
    return this.triage.replyDirectly(viewer, id, version, input);
  }
}
