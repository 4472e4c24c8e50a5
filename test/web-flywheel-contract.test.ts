import { describe, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import type {
  CreateFlywheelBody,
  FlywheelSummary,
  LiveBinding,
  SimulateBody,
  SimulationResult,
  Studio,
} from '#server/modules/flywheel/flywheel.schema.ts';
import type * as Web from '../web/src/api/flywheel-types.ts';

/** The studio's pages rely on these shapes of the flywheel API; a server change they would not survive fails `tsc` here. */
describe('the flywheel studio and the API agree', () => {
  it('reads what the API sends', () => {
    expectTypeOf<z.output<typeof Studio>>().toExtend<Web.Studio>();
    expectTypeOf<z.output<typeof FlywheelSummary>>().toExtend<Web.FlywheelSummary>();
    expectTypeOf<z.output<typeof SimulationResult>>().toExtend<Web.SimulationRun>();
    expectTypeOf<z.output<typeof LiveBinding>>().toExtend<Web.LiveSeries>();
  });

  it('sends what the API accepts', () => {
    expectTypeOf<Web.SimulateBody>().toExtend<z.input<typeof SimulateBody>>();
    expectTypeOf<Web.CreateFlywheel>().toExtend<z.input<typeof CreateFlywheelBody>>();
  });
});
