import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { CasesModule } from '../cases/cases.module';
import { ContactsService } from './contacts.service';
import { PeopleResolver } from './people.resolver';
import { PeopleService } from './people.service';

@Module({
  imports: [AuditModule, CasesModule],
  providers: [PeopleService, ContactsService, PeopleResolver],
  exports: [PeopleService, ContactsService],
})
export class PeopleModule {}
