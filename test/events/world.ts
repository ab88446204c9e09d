/** Entities shared by the events and checks tests: leaders, states and organisations of ordinary news. */
import type { EntitySpec } from './make-doc.js';

export const WORLD: Record<string, EntitySpec> = {
  putin: { type: 'PERSON', names: ['Vladimir Putin', 'Putin', 'the Russian leader'] },
  trump: { type: 'PERSON', names: ['Donald Trump', 'Trump', 'the US president'] },
  zelensky: { type: 'PERSON', names: ['Volodymyr Zelensky', 'Zelensky'] },
  biden: { type: 'PERSON', names: ['Joe Biden', 'Biden'] },
  xi: { type: 'PERSON', names: ['Xi Jinping', 'Xi'] },
  modi: { type: 'PERSON', names: ['Narendra Modi', 'Modi'] },
  macron: { type: 'PERSON', names: ['Emmanuel Macron', 'Macron'] },
  erdogan: { type: 'PERSON', names: ['Recep Tayyip Erdogan', 'Erdogan'] },
  assad: { type: 'PERSON', names: ['Bashar al-Assad', 'Assad'] },
  russia: { type: 'GPE', names: ['Russia', 'Moscow'], country: 'RU' },
  russian: { type: 'NORP', names: ['Russian'], country: 'RU' },
  ukraine: { type: 'GPE', names: ['Ukraine'], country: 'UA' },
  kyiv: { type: 'GPE', names: ['Kyiv'], country: 'UA' },
  tianjin: { type: 'GPE', names: ['Tianjin'], country: 'CN' },
  kharkiv: { type: 'GPE', names: ['Kharkiv'], country: 'UA' },
  china: { type: 'GPE', names: ['China', 'Beijing'], country: 'CN' },
  us: { type: 'GPE', names: ['United States', 'US', 'Washington'], country: 'US' },
  iran: { type: 'GPE', names: ['Iran'], country: 'IR' },
  israel: { type: 'GPE', names: ['Israel'], country: 'IL' },
  hamas: { type: 'ORG', names: ['Hamas'] },
  kremlin: { type: 'ORG', names: ['Kremlin'] },
  whitehouse: { type: 'ORG', names: ['White House'] },
  treasury: { type: 'ORG', names: ['Treasury Department'] },
  icc: { type: 'ORG', names: ['International Criminal Court'] },
};
