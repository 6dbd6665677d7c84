import { Args, ID, Int, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow } from '../../common/allow.decorator.js';
import { CurrentViewer } from '../../common/current-viewer.decorator.js';
import type { GqlContext, Viewer } from '../../common/gql-context.js';
import { UserPage, UserType } from './user.type.js';
import { NewUserInput, ResetPasswordInput, UserInput } from './users.inputs.js';
import { UsersService } from './users.service.js';

/** Admin API: the system administrator's user directory. */
@Resolver(() => UserType)
export class UsersResolver {
  constructor(private readonly service: UsersService) {}

  @Query(() => UserPage)
  @Allow('users.manage')
  users(
    @Args('first', { type: () => Int, defaultValue: 20 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
    @Args('keyword', { type: () => String, nullable: true }) keyword: string | null,
  ): Promise<UserPage> {
    return this.service.list(first, after, keyword);
  }

  @Mutation(() => UserType, {
    description: 'Activates or deactivates an account; deactivation ends its sessions at once',
  })
  @Allow('users.manage')
  setUserActive(
    @CurrentViewer() viewer: Viewer,
    @Args('userId', { type: () => ID }) userId: string,
    @Args('active') active: boolean,
  ): Promise<UserType> {
    return this.service.setActive(viewer, userId, active);
  }

  @Mutation(() => UserType, {
    description:
      'Creates a staff, grid-head or inspector account; the password must be changed at first sign-in',
  })
  @Allow('users.manage')
  createUser(@CurrentViewer() viewer: Viewer, @Args('input') input: NewUserInput): Promise<UserType> {
    return this.service.create(viewer, input);
  }

  @Mutation(() => UserType, { description: 'Changes roles and organisation; the user’s sessions end' })
  @Allow('users.manage')
  updateUser(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UserInput,
  ): Promise<UserType> {
    return this.service.update(viewer, id, input);
  }

  @Mutation(() => UserType, { description: 'Sets a new password that must be changed at next sign-in' })
  @Allow('users.manage')
  resetUserPassword(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: ResetPasswordInput,
  ): Promise<UserType> {
    return this.service.resetPassword(viewer, input.userId, input.password);
  }

  @ResolveField(() => String, { nullable: true })
  departmentName(user: UserType, _args: unknown, ctx: GqlContext): Promise<string | null> | null {
    return user.departmentId ? ctx.loaders.departmentName.load(user.departmentId) : null;
  }
}
