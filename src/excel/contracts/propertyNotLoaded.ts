import { expectThat, type Contract } from "./contract";

export const propertyNotLoaded: Contract = {
  id: "property-not-loaded",
  title: "A property must be loaded and synced before it is read",
  expected:
    "Reading a proxy's property before load() and context.sync() throws PropertyNotLoaded; after them it gives the value.",
  sources: [
    "https://learn.microsoft.com/en-us/office/dev/add-ins/develop/application-specific-api-model#load",
    "https://learn.microsoft.com/en-us/office/dev/add-ins/testing/troubleshoot-development-errors#error-property-is-not-available",
  ],
  async run(host, sheet) {
    return host.run(async (context) => {
      const range = context.workbook.worksheets.getItem(sheet).getRange("A1");
      range.values = [["loaded"]];
      let before = "no error";
      try {
        // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/load-object-before-read -- the contract is that this throws
        void range.values;
      } catch (e) {
        before = String((e as { code?: string }).code ?? (e as Error).message);
      }
      range.load("values");
      await context.sync();
      const after = String(range.values[0]?.[0]);
      return expectThat(
        before === "PropertyNotLoaded" && after === "loaded",
        `before load: ${before}; after load and sync: ${after}`,
      );
    });
  },
};
