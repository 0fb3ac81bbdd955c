// Application.cultureInfo: the host's regional settings as Excel exposes them to add-ins (ExcelApi 1.11
// for the culture's name and number separators, 1.12 for its date and time patterns).
import { simError } from "./model";
import type { SimRequestContext } from "./context";
import type { HostLocale } from "./inputParsing";
import { SimObject } from "./object";

interface Culture {
  name: string;
  numberFormat: Record<string, string>;
  datetimeFormat: Record<string, string>;
}

/** The patterns as Excel writes them (with Excel's format letters), per the host's locale. */
const CULTURES: Record<HostLocale, Culture> = {
  "en-GB": {
    name: "en-GB",
    numberFormat: { numberDecimalSeparator: ".", numberGroupSeparator: ",", currencySymbol: "£" },
    datetimeFormat: {
      dateSeparator: "/",
      shortDatePattern: "dd/mm/yyyy",
      longDatePattern: "dd mmmm yyyy",
      timeSeparator: ":",
      longTimePattern: "hh:mm:ss",
    },
  },
  "en-US": {
    name: "en-US",
    numberFormat: { numberDecimalSeparator: ".", numberGroupSeparator: ",", currencySymbol: "$" },
    datetimeFormat: {
      dateSeparator: "/",
      shortDatePattern: "m/d/yyyy",
      longDatePattern: "dddd, mmmm d, yyyy",
      timeSeparator: ":",
      longTimePattern: "h:mm:ss AM/PM",
    },
  },
};

const versionNumber = (v: string) => {
  const [major = 0, minor = 0] = v.split(".").map(Number);
  return major * 1000 + minor;
};

function requireApi(context: SimRequestContext, version: string, what: string) {
  if (versionNumber(context.sim.apiVersion) < versionNumber(version))
    throw simError("ApiNotFound", `${what} needs ExcelApi ${version}.`);
}

class SimFormatInfo extends SimObject<Record<string, string>> {
  constructor(
    context: SimRequestContext,
    resolver: () => Record<string, string>,
    private readonly label: string,
  ) {
    super(context, resolver);
  }
  protected get kind() {
    return this.label;
  }
  protected read(prop: string, t: Record<string, string>): unknown {
    if (!(prop in t))
      throw simError("InvalidArgument", `The simulator does not implement ${this.label}.${prop}.`);
    return t[prop];
  }
  get dateSeparator(): string {
    return this.get("dateSeparator");
  }
  get shortDatePattern(): string {
    return this.get("shortDatePattern");
  }
  get longDatePattern(): string {
    return this.get("longDatePattern");
  }
  get timeSeparator(): string {
    return this.get("timeSeparator");
  }
  get longTimePattern(): string {
    return this.get("longTimePattern");
  }
  get numberDecimalSeparator(): string {
    return this.get("numberDecimalSeparator");
  }
  get numberGroupSeparator(): string {
    return this.get("numberGroupSeparator");
  }
  get currencySymbol(): string {
    return this.get("currencySymbol");
  }
}

export class SimCultureInfo extends SimObject<Culture> {
  protected get kind() {
    return "culture info";
  }
  protected read(prop: string, t: Culture): unknown {
    if (prop === "name") return t.name;
    throw simError("InvalidArgument", `The simulator does not implement CultureInfo.${prop}.`);
  }
  get name(): string {
    return this.get("name");
  }
  get numberFormat(): SimFormatInfo {
    return new SimFormatInfo(this.context, () => this.need().numberFormat, "NumberFormatInfo");
  }
  get datetimeFormat(): SimFormatInfo {
    requireApi(this.context, "1.12", "CultureInfo.datetimeFormat");
    return new SimFormatInfo(this.context, () => this.need().datetimeFormat, "DatetimeFormatInfo");
  }
}

export class SimApplication {
  constructor(private readonly context: SimRequestContext) {}
  get cultureInfo(): SimCultureInfo {
    requireApi(this.context, "1.11", "Application.cultureInfo");
    return new SimCultureInfo(this.context, () => CULTURES[this.context.sim.locale]);
  }
}
