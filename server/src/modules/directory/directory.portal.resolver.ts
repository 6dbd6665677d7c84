import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, PUBLIC } from '../../common/allow.decorator.js';
import { Ctx } from '../../common/ctx.decorator.js';
import { CurrentViewer } from '../../common/current-viewer.decorator.js';
import type { GqlContext, Viewer } from '../../common/gql-context.js';
import { ownEnterprise } from '../../common/scope.js';
import {
  EnterpriseContactInput,
  EnterpriseInput,
  EnterprisePageArgs,
  RegisterEnterpriseAccountInput,
} from './directory.inputs.js';
import {
  EnterpriseAccountType,
  EnterpriseClaimType,
  EnterprisePage,
  EnterpriseType,
  ServicePointType,
} from './directory.types.js';
import { EnterpriseAccountsService } from './enterprise-accounts.service.js';
import { EnterprisesService } from './enterprises.service.js';
import { ServicePointsService } from './service-points.service.js';
import { OptionalInput } from '../../common/validation.js';

/** Portal API: service points for anyone, the enterprise's own profile and accounts, and the grid head's enterprises. */
@Resolver()
export class DirectoryPortalResolver {
  constructor(
    private readonly servicePointService: ServicePointsService,
    private readonly enterpriseService: EnterprisesService,
    private readonly accountService: EnterpriseAccountsService,
  ) {}

  @Query(() => [ServicePointType], {
    description: '便民服务中心/站, searchable by name, address, service or grid',
  })
  @Allow(PUBLIC)
  servicePoints(
    @Args('keyword', { type: () => String, nullable: true }) keyword: string | null,
  ): Promise<ServicePointType[]> {
    return this.servicePointService.list({ keyword, includeInactive: false });
  }

  @Mutation(() => EnterpriseClaimType, {
    description: 'Registers an enterprise account; it acts for the enterprise once the office verifies it',
  })
  @Allow(PUBLIC)
  registerEnterpriseAccount(
    @Ctx() ctx: GqlContext,
    @Args('input') input: RegisterEnterpriseAccountInput,
  ): Promise<EnterpriseClaimType> {
    return this.accountService.register(ctx.req, input);
  }

  @Query(() => EnterpriseClaimType, { nullable: true })
  @Allow('directory.ownEnterprise')
  myEnterpriseClaim(@CurrentViewer() viewer: Viewer): Promise<EnterpriseClaimType | null> {
    return this.accountService.myClaim(viewer);
  }

  @Query(() => EnterpriseType)
  @Allow('directory.ownEnterprise')
  myEnterprise(@CurrentViewer() viewer: Viewer): Promise<EnterpriseType> {
    return this.enterpriseService.get(viewer, ownEnterprise(viewer));
  }

  @Mutation(() => EnterpriseType)
  @Allow('directory.ownEnterprise')
  updateMyEnterpriseContact(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: EnterpriseContactInput,
    @Args('version', { type: () => Int }) version: number,
  ): Promise<EnterpriseType> {
    return this.enterpriseService.updateContact(viewer, ownEnterprise(viewer), input, version);
  }

  @Query(() => [EnterpriseAccountType])
  @Allow('directory.ownEnterprise')
  myEnterpriseAccounts(@CurrentViewer() viewer: Viewer): Promise<EnterpriseAccountType[]> {
    return this.accountService.accountsOf(ownEnterprise(viewer));
  }

  @Mutation(() => EnterpriseAccountType, {
    description: 'The managing account turns another account of the enterprise on or off',
  })
  @Allow('directory.ownEnterprise')
  setEnterpriseAccountActive(
    @CurrentViewer() viewer: Viewer,
    @Args('userId', { type: () => ID }) userId: string,
    @Args('active') active: boolean,
  ): Promise<EnterpriseAccountType> {
    ownEnterprise(viewer);
    return this.accountService.setAccountActive(viewer, userId, active);
  }

  @Query(() => EnterprisePage, { description: 'Enterprises of the grid head’s grid and every grid below it' })
  @Allow('directory.ownGrid')
  gridEnterprises(
    @CurrentViewer() viewer: Viewer,
    @OptionalInput('page', EnterprisePageArgs) page: EnterprisePageArgs | null,
  ): Promise<EnterprisePage> {
    return this.enterpriseService.list(viewer, page ?? { sort: 'NAME', first: 20 });
  }

  @Query(() => EnterpriseType)
  @Allow('directory.ownGrid')
  gridEnterprise(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<EnterpriseType> {
    return this.enterpriseService.get(viewer, id);
  }

  @Mutation(() => EnterpriseType)
  @Allow('directory.ownGrid')
  updateGridEnterprise(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: EnterpriseInput,
    @Args('version', { type: () => Int }) version: number,
  ): Promise<EnterpriseType> {
    return this.enterpriseService.update(viewer, id, input, version);
  }
}
