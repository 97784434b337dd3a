import { Module } from '@nestjs/common';

import { StreamController } from './stream.controller';
import { StreamRepository } from './stream.repository';
import { StreamService } from './stream.service';

@Module({
  controllers: [StreamController],
  providers: [StreamRepository, StreamService],
  exports: [StreamRepository],
})
export class StreamModule {}
