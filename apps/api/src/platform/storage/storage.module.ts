import { Global, Module } from '@nestjs/common';
import type { AppConfig } from '../config/config';
import { APP_CONFIG } from '../config/config.module';
import { LocalStorage } from './local-storage';
import { OBJECT_STORAGE, type ObjectStorage } from './object-storage';
import { S3Storage } from './s3-storage';

export function createStorage(config: AppConfig): ObjectStorage {
  return config.storage.driver === 's3'
    ? new S3Storage(config.storage)
    : new LocalStorage(config.storage.dir);
}

/** The configured storage driver (STORAGE_DRIVER), injected as OBJECT_STORAGE. */
@Global()
@Module({
  providers: [{ provide: OBJECT_STORAGE, inject: [APP_CONFIG], useFactory: createStorage }],
  exports: [OBJECT_STORAGE],
})
export class StorageModule {}
