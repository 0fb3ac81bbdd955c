// The SEC Panel Risk and Issue Impact Classification (Appendix C of SECP_64_1101_02): the help a
// person needs when choosing an Impact score, and an appendix of the monthly paper.
import type { Score } from "./scales";

export interface ImpactCategory {
  category: string;
  /** Descriptors for levels 1 Negligible … 5 Major; "" where the paper leaves the cell blank. */
  levels: readonly [string, string, string, string, string];
}

export const IMPACT_CLASSIFICATION: readonly ImpactCategory[] = [
  {
    category: "Safety",
    levels: [
      "Minor or no medical treatment required, no lost time.",
      "Medical treatment, less than 3 days’ impact.",
      "Reportable injury with impact greater than 3 days.",
      "Major long term but reversible injury.",
      "Single fatality or serious irreversible disability with major quality of life impact.",
    ],
  },
  {
    category: "Environment",
    levels: [
      "Contained environmental release with no adverse effects.",
      "Short term, minor environmental impact confined to site.",
      "Moderate short-term impact on biological or physical environment.",
      "Environmental impact causing serious but reversible environmental impact on biological or physical environment.",
      "Major environmental impact causing long-term or irreversible change in localised biological or physical environment with loss of habitat/species.",
    ],
  },
  {
    category: "Reputation",
    levels: [
      "Isolated complaint or comment with no anticipated coverage.",
      "Limited local public and media concern with 'short lived' local coverage.",
      "Extensive regional public and media concern with potential to escalate to national coverage.",
      "Sustained regional public and media concern with limited national coverage impacting business in UK.",
      "Sustained public and media criticism impacting smart metering or business in UK.",
    ],
  },
  {
    category: "Client & Customer",
    levels: [
      "Limited short-term impact on client base and satisfaction.",
      "Short-term impact on client base and satisfaction.",
      "Significant short-term impact on client base and satisfaction.",
      "Significant impact on client base and satisfaction requiring some change to company strategy.",
      "Significant long-term impact on client base and satisfaction requiring significant change to company strategy.",
    ],
  },
  {
    category: "Asset",
    levels: [
      "Minimal asset damage, affecting operations for less than 48 hours.",
      "Minor asset damage which impacts operations for < 30 days.",
      "Moderate asset damage which impacts operations for between 30 days and six months.",
      "Serious asset damage which impacts operations for more than 6 months.",
      "Total loss of single asset (or group of interdependent assets).",
    ],
  },
  {
    category: "Legal & Regulatory",
    levels: [
      "Breach of internal controls, limited impact.",
      "Low level legal issue, quickly resolved. Breach of internal control.",
      "Moderate legal issue, non-compliance or breach of regulation, increased scrutiny by authorities. Multiple breach of internal controls.",
      "Significant breach, or latest in a series of breaches, involving investigation or report to authorities with prosecution or moderate fine possible.",
      "Major legal/regulatory breach resulting in litigation, regulatory sanction and/or significant fine.",
    ],
  },
  {
    category: "Financial Impact",
    levels: [
      "One off revenue impact < £50k.\nRecurring, annual revenue impact < £10k.",
      "One off revenue impact: £50k to £250k.\nRecurring, annual revenue impact < £50k.",
      "One off revenue impact: £250k to £500k.\nRecurring, annual revenue impact < £100k.",
      "One off revenue impact: £500k - £1m.\nRecurring, annual revenue impact < £250k.",
      "One off revenue impact > £1m.\nRecurring, annual revenue impact > £250k.",
    ],
  },
  {
    category: "People",
    levels: [
      "Minimal staff loss or shortfalls in recruitment. Key Staff / Team not available for a week.",
      "<10% loss or recruitment of a team. Key Staff / Team not available for up to one month.",
      "Between 10% - 50% loss or recruitment of a team. Key Staff /Team not available for between one to three months.",
      ">50% loss or recruitment of a team. Key Staff / Team not available for between three to six months.",
      "100% loss of or unable to recruit a team. Key Staff / Team not available for more than six months.",
    ],
  },
  {
    category: "Security",
    levels: [
      "Temporary closure (less than a day) or reduced operation of a Site or Asset.",
      "Temporary closure (more than a day) of a Site or Asset.",
      "Temporary closure (more than a week) of a Site or Asset.",
      "Long term (more than a month) closure of a Site or Asset.",
      "",
    ],
  },
  {
    category: "Strategic",
    levels: [
      "Impacts short-term tactical objectives.",
      "Strategic objectives are delayed or require additional resource to deliver.",
      "A strategic objective is not delivered, or a key strategic assumption is overturned.",
      "Multiple strategic objectives are not delivered, or multiple key strategic assumptions are overturned.",
      "Incident response prevents strategic roles being delivered or demands complete change of strategy.",
    ],
  },
];

export function descriptor(category: string, score: Score): string {
  return IMPACT_CLASSIFICATION.find((c) => c.category === category)?.levels[score - 1] ?? "";
}
