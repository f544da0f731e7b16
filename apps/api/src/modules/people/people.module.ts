import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { CasesModule } from '../cases/cases.module';
import { FamiliesModule } from '../families/families.module';
import { ContactsService } from './contacts.service';
import { PeopleResolver, PersonResolver } from './people.resolver';
import { PeopleService } from './people.service';

@Module({
  imports: [AuditModule, CasesModule, FamiliesModule],
  providers: [PeopleService, ContactsService, PeopleResolver, PersonResolver],
  exports: [PeopleService, ContactsService],
})
export class PeopleModule {}
