import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('AuditEntry')
export class AuditEntryType {
  @Field(() => ID)
  id: string;

  @Field()
  occurredAt: Date;

  @Field(() => String, { nullable: true })
  actorName: string | null;

  @Field()
  action: string;

  @Field(() => String, { nullable: true })
  targetType: string | null;

  @Field(() => String, { nullable: true })
  targetId: string | null;

  @Field(() => String, { nullable: true })
  ip: string | null;

  @Field(() => String, { nullable: true, description: 'JSON' })
  details: string | null;
}

@ObjectType()
export class AuditLogPage {
  @Field(() => [AuditEntryType])
  items: AuditEntryType[];

  @Field(() => String, { nullable: true })
  nextCursor: string | null;
}

@ObjectType()
export class AuditChainStatus {
  @Field()
  intact: boolean;

  @Field(() => Int)
  checked: number;

  @Field(() => ID, { nullable: true })
  firstBrokenId: string | null;
}
