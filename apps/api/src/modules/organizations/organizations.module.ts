import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { OrganizationsResolver } from './organizations.resolver';
import { OrganizationsService } from './organizations.service';
import { PublicOrganizationsResolver } from './public-organizations.resolver';
import { PublicOrganizationsService } from './public-organizations.service';

@Module({
  imports: [AuditModule],
  providers: [
    OrganizationsService,
    OrganizationsResolver,
    PublicOrganizationsService,
    PublicOrganizationsResolver,
  ],
  exports: [OrganizationsService, PublicOrganizationsService],
})
export class OrganizationsModule {}
