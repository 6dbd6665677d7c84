import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { enumOf } from '../../graphql/enum-of.js';
import { EXPORT_KINDS, EXPORT_STATUSES, type ExportKind, type ExportStatus } from './export-file.entity.js';

export const ExportKindEnum = enumOf(EXPORT_KINDS);
registerEnumType(ExportKindEnum, { name: 'ExportKind', description: 'What an export holds' });
export const ExportStatusEnum = enumOf(EXPORT_STATUSES);
registerEnumType(ExportStatusEnum, {
  name: 'ExportStatus',
  description: 'QUEUED and RUNNING until the background job has written the file; READY or FAILED after',
});

@ObjectType('ExportFile', { description: 'An .xlsx export written in the background for the user who asked' })
export class ExportFileType {
  @Field(() => ID) id: string;
  @Field(() => ExportKindEnum) kind: ExportKind;
  @Field(() => ExportStatusEnum) status: ExportStatus;
  @Field() fileName: string;
  @Field(() => Int, { nullable: true, description: 'Rows written (READY only)' }) rows: number | null;
  @Field() createdAt: Date;
  @Field(() => Date, { nullable: true }) finishedAt: Date | null;
  @Field({ description: 'When the file is deleted' }) expiresAt: Date;
  @Field(() => String, { nullable: true, description: 'Why it FAILED, in the reader’s language' })
  error: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'Where the owner downloads the file with a plain GET (READY only)',
  })
  downloadUrl: string | null;
}
