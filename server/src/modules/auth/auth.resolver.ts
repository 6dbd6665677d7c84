import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, AllowedDuringPasswordChange, PUBLIC, SIGNED_IN } from '../../common/allow.decorator.js';
import { Ctx } from '../../common/ctx.decorator.js';
import { CurrentViewer } from '../../common/current-viewer.decorator.js';
import type { GqlContext, Viewer } from '../../common/gql-context.js';
import { ChangePasswordInput, LoginInput } from './auth.inputs.js';
import { AuthService } from './auth.service.js';
import { CaptchaType } from './captcha.type.js';
import { ViewerType } from './viewer.type.js';

/**
 * Sign-in, sign-out and the viewer, identical on both APIs: the context tells which API (and so
 * which roles and which session cookie) a call belongs to.
 */
@Resolver(() => ViewerType)
export class AuthResolver {
  constructor(private readonly auth: AuthService) {}

  @Query(() => ViewerType, { nullable: true, description: 'The signed-in user, or null' })
  @Allow(PUBLIC)
  me(@Ctx() ctx: GqlContext): Promise<ViewerType> | null {
    return ctx.viewer ? this.auth.viewerOf(ctx.viewer.userId, ctx.app) : null;
  }

  @Mutation(() => ViewerType)
  @Allow(PUBLIC)
  login(@Ctx() ctx: GqlContext, @Args('input') input: LoginInput): Promise<ViewerType> {
    return this.auth.login(ctx, input);
  }

  @Mutation(() => CaptchaType, {
    description:
      'A new picture code (图形验证码) for sign-in: answer it in LoginInput within five minutes; it works once',
  })
  @Allow(PUBLIC)
  newCaptcha(@Ctx() ctx: GqlContext): Promise<CaptchaType> {
    return this.auth.newCaptcha(ctx);
  }

  @Mutation(() => Boolean)
  @Allow(SIGNED_IN)
  @AllowedDuringPasswordChange()
  logout(@Ctx() ctx: GqlContext, @CurrentViewer() viewer: Viewer): Promise<boolean> {
    return this.auth.logout(ctx, viewer);
  }

  @Mutation(() => ViewerType)
  @Allow(SIGNED_IN)
  @AllowedDuringPasswordChange()
  changePassword(
    @Ctx() ctx: GqlContext,
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: ChangePasswordInput,
  ): Promise<ViewerType> {
    return this.auth.changePassword(ctx, viewer, input.currentPassword, input.newPassword);
  }
}
