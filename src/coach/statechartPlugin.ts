import { createRequire } from 'node:module';
import type { Plugin } from 'vite';
import type { AnyStateMachine } from 'xstate';
import { chartOf } from './statechart';
import { estimateWidth, layoutChart, type Elk, type LaidChart } from './statechartLayout';
// Imported with the config, not when a chart is asked for: Vite's config runner is closed by then.
import { loopMachine } from '../../machines/loopMachine';
import { roundMachine } from '../../machines/roundMachine';
import { debriefMachine } from '../../machines/debriefMachine';
import { conversionMachine } from '../../machines/conversionMachine';
import { offerMachine } from '../../machines/offerMachine';
import { roomMachine } from '../../machines/roomMachine';

const ID = 'virtual:debrief-statecharts';
const RESOLVED = `\0${ID}`;

/** Every machine the coach screen draws, laid out: by machine id. */
export type LaidCharts = Record<string, LaidChart>;

/**
 * The machines are static, so their statecharts are laid out by ELK once, when the app is built (or
 * first served), and the coach screen imports the result as data: the 1.4 MB layout engine never
 * reaches the browser, and the charts appear as soon as the screen does.
 */
export function debriefStatecharts(): Plugin {
  let laid: Promise<string> | null = null;
  return {
    name: 'debrief-statecharts',
    resolveId: (id) => (id === ID ? RESOLVED : null),
    load(id) {
      if (id !== RESOLVED) return null;
      laid ??= layAll().then((charts) => `export default ${JSON.stringify(charts)};`);
      return laid;
    },
    // A machine edited while serving is laid out again.
    handleHotUpdate({ file, server }) {
      if (!/[\\/]machines[\\/]/.test(file) && !/[\\/]src[\\/]coach[\\/](statechart|plainNames)/.test(file)) return;
      laid = null;
      const mod = server.moduleGraph.getModuleById(RESOLVED);
      if (mod) server.moduleGraph.invalidateModule(mod);
    },
  };
}

/** Lay out each machine; a state's node keeps no children (the chart's boxes already nest them). */
export async function layAll(): Promise<LaidCharts> {
  // ELK (CommonJS, 1.4 MB) is required only when a chart is first asked for, never by the config itself.
  const ELK = createRequire(import.meta.url)('elkjs/lib/elk.bundled.js') as new () => Elk;
  const elk = new ELK();
  const machines: AnyStateMachine[] = [
    loopMachine,
    roundMachine,
    debriefMachine,
    conversionMachine,
    offerMachine,
    roomMachine,
  ];
  const charts: LaidCharts = {};
  for (const machine of machines) {
    const chart = await layoutChart(elk, chartOf(machine), estimateWidth);
    charts[machine.id] = { ...chart, states: chart.states.map((s) => ({ ...s, node: { ...s.node, children: [] } })) };
  }
  return charts;
}
