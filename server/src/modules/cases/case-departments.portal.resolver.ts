import { Field, ID, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { Allow, SIGNED_IN } from '../../common/allow.decorator.js';
import { DepartmentsService } from '../directory/index.js';

/** A department as the portal names it when a case concerns it: no phone, no internal details. */
@ObjectType('CaseDepartment')
export class CaseDepartmentType {
  @Field(() => ID) id: string;
  @Field() name: string;
}

/**
 * Portal API: the departments an enterprise or grid head may name in a case (涉及部门; required
 * for a COMPLAINT, docs/lifecycle-and-deadlines.md#cases). Only active ones: a deactivated department cannot be named any more.
 */
@Resolver()
export class CaseDepartmentsPortalResolver {
  constructor(private readonly departments: DepartmentsService) {}

  @Query(() => [CaseDepartmentType], { description: 'Active departments a case may name as concerned' })
  @Allow(SIGNED_IN)
  async caseDepartments(): Promise<CaseDepartmentType[]> {
    const active = await this.departments.list(false);
    return active.map(({ id, name }) => ({ id, name }));
  }
}
