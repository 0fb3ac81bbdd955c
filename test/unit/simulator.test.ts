/* eslint-disable office-addins/call-sync-before-read, office-addins/call-sync-after-load, office-addins/load-object-before-read --
   These tests break the proxy rules on purpose, to see the simulator refuse. */
// The simulated workbook enforces Office's proxy rules, so src/excel code that passes here obeys them.
import { evaluate, parseFormula, resultToCell } from "../../src/workbench/simulator/formula";
import { putCells, Simulator } from "../../src/workbench/simulator/simulator";
import { SimRange } from "../../src/workbench/simulator/ranges";
import { SimWorksheet } from "../../src/workbench/simulator/sheets";
import { SimTable } from "../../src/workbench/simulator/tables";

describe("Office proxy rules", () => {
  test("reading a property that was not loaded throws PropertyNotLoaded", async () => {
    const sim = new Simulator();
    await sim.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      range.load("values");
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" })); // loaded, not synced
      await context.sync();
      expect(range.values).toEqual([[""]]);
      expect(() => range.formulas).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    });
  });

  test("load() without property names is refused", async () => {
    const sim = new Simulator();
    await sim.run(async (context) => {
      expect(() => context.workbook.worksheets.getItem("Sheet1").getRange("A1").load()).toThrow(
        /name the properties/,
      );
    });
  });

  test("writes are queued until sync; a missing item fails at sync, not before", async () => {
    const sim = new Simulator();
    await sim.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [[5]];
      expect(sim.model.sheets[0]!.cell(0, 0)).toBeUndefined();
      await context.sync();
      expect(sim.model.sheets[0]!.cell(0, 0)?.value).toBe(5);
      context.workbook.worksheets.getItem("Nope").getRange("A1").values = [[1]];
      await expect(context.sync()).rejects.toMatchObject({ code: "ItemNotFound" });
    });
  });

  test("isNullObject is known only after a sync", async () => {
    const sim = new Simulator();
    await sim.run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject("Nope");
      const present = context.workbook.worksheets.getItemOrNullObject("Sheet1");
      expect(() => missing.isNullObject).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      expect(present.isNullObject).toBe(false);
    });
  });

  test("special cells give the areas of formula cells, or a null object", async () => {
    const sim = new Simulator();
    putCells(sim, "My Sheet", "A1", [
      [1, "=A1*2", "=A1*3", "x"],
      [2, "=A2*2", "=A2*3", "=A2"],
    ]);
    await sim.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("My Sheet");
      const areas = ws.getRange("A1:D2").getSpecialCellsOrNullObject("Formulas");
      const none = ws.getRange("A1:A2").getSpecialCellsOrNullObject("Formulas");
      areas.load("address");
      none.load("address");
      await context.sync();
      expect(areas.address).toBe("'My Sheet'!B1:C2,'My Sheet'!D2");
      expect(none.isNullObject).toBe(true);
    });
  });

  test("array shapes must match the range", async () => {
    const sim = new Simulator();
    await sim.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1:B2").values = [[1, 2]];
      await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    });
  });

  test("as in Excel, operations before a failing one in the same batch stay applied", async () => {
    const sim = new Simulator();
    await sim.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [[1]];
      context.workbook.worksheets.getItem("Nope").getRange("A1").values = [[2]];
      await expect(context.sync()).rejects.toBeDefined();
    });
    expect(sim.model.sheets[0]!.cell(0, 0)?.value).toBe(1);
  });

  test("syncs are counted, payloads measured, and the n-th sync can be made to fail", async () => {
    const sim = new Simulator();
    sim.failSync(2, "before");
    await sim.run(async (context) => {
      const r = context.workbook.worksheets.getItem("Sheet1").getRange("A1:A2");
      r.values = [["x".repeat(1000)], [1]];
      await context.sync();
      r.values = [["lost"], [2]];
      await expect(context.sync()).rejects.toMatchObject({ code: "GeneralException" });
    });
    expect(sim.syncCount).toBe(2);
    expect(sim.syncs[0]!.requestBytes).toBeGreaterThan(1000);
    expect(sim.model.sheets[0]!.cell(0, 0)?.value).toBe("x".repeat(1000));
  });

  test("a request over 5 MB is refused, as Excel on the web refuses it", async () => {
    const sim = new Simulator();
    await sim.run(async (context) => {
      const rows = Array.from({ length: 6000 }, () => ["y".repeat(1000)]);
      context.workbook.worksheets.getItem("Sheet1").getRange("A1:A6000").values = rows;
      await expect(context.sync()).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    });
  });

  test("text starting with = becomes a formula unless the cell is formatted as Text", async () => {
    const sim = new Simulator();
    await sim.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Sheet1");
      ws.getRange("A1:B1").values = [[2, "=A1*3"]];
      ws.getRange("C1").numberFormat = [["@"]];
      ws.getRange("C1").values = [["=A1*3"]];
      const r = ws.getRange("A1:C1");
      r.load("values, formulas");
      await context.sync();
      expect(r.values).toEqual([[2, 6, "=A1*3"]]);
      expect(r.formulas).toEqual([[2, "=A1*3", "=A1*3"]]);
    });
  });

  test("every member the simulator offers exists on the Office.js type it stands for", () => {
    // Compile-time: these lists only type-check if each name is a member of the Excel type.
    const range: ReadonlyArray<keyof Excel.Range> = [
      "address",
      "values",
      "formulas",
      "numberFormat",
      "text",
      "rowCount",
      "columnCount",
      "rowIndex",
      "columnIndex",
      "valueTypes",
      "load",
      "select",
      "getCell",
      "getRow",
      "getColumn",
      "getLastRow",
      "getResizedRange",
      "getOffsetRange",
      "getIntersectionOrNullObject",
      "worksheet",
      "clear",
      "merge",
      "setCellProperties",
      "getCellProperties",
      "getUsedRangeOrNullObject",
      "format",
      "dataValidation",
      "conditionalFormats",
      "isNullObject",
    ];
    const sheet: ReadonlyArray<keyof Excel.Worksheet> = [
      "name",
      "id",
      "visibility",
      "showGridlines",
      "tabColor",
      "position",
      "getRange",
      "getRangeByIndexes",
      "getCell",
      "getUsedRange",
      "getUsedRangeOrNullObject",
      "activate",
      "delete",
      "tables",
      "freezePanes",
      "pageLayout",
      "onChanged",
      "onSelectionChanged",
      "load",
      "isNullObject",
    ];
    const table: ReadonlyArray<keyof Excel.Table> = [
      "name",
      "id",
      "style",
      "showBandedRows",
      "getRange",
      "getHeaderRowRange",
      "getDataBodyRange",
      "worksheet",
      "convertToRange",
      "delete",
      "rows",
      "load",
      "isNullObject",
    ];
    // Run-time: and the simulator implements each of them.
    const has = (proto: object, name: string) => name in proto;
    for (const m of range) expect([m, has(SimRange.prototype, m)]).toEqual([m, true]);
    for (const m of sheet) expect([m, has(SimWorksheet.prototype, m)]).toEqual([m, true]);
    for (const m of table) expect([m, has(SimTable.prototype, m)]).toEqual([m, true]);
  });
});

describe("formula engine", () => {
  const evalIn = (cells: Array<[string, unknown]>, formula: string) => {
    const sim = new Simulator();
    for (const [a, v] of cells) putCells(sim, "Sheet1", a, [[v]]);
    putCells(sim, "Sheet1", "Z1", [[formula]]);
    return sim.model.sheets[0]!.cell(0, 25)?.value;
  };
  test.each([
    [
      '=IF(AND(ISNUMBER(A1),ISNUMBER(B1)),A1*B1,"")',
      [
        ["A1", 3],
        ["B1", 4],
      ],
      12,
    ],
    ['=IF(AND(ISNUMBER(A1),ISNUMBER(B1)),A1*B1,"")', [["A1", 3]], ""],
    ['=IF(A1<=5,"Low",IF(A1<=12,"Moderate","High"))', [["A1", 9]], "Moderate"],
    ['=IF(A1="moderate","AMBER","")', [["A1", "Moderate"]], "AMBER"],
    ['=IF(A1<>"",A1,B1)', [["B1", "GREEN"]], "GREEN"],
    [
      '=A1&"-"&B1',
      [
        ["A1", "OPSG"],
        ["B1", 8],
      ],
      "OPSG-8",
    ],
    ["=SUM(A1:B1)/0", [["A1", 1]], "#DIV/0!"],
    ["=NOSUCH(1)", [], "#NAME?"],
    ["='Sheet1'!A1+1", [["A1", 1]], 2],
    ["=-A1^2", [["A1", 1]], "#NAME?"],
  ] as Array<[string, Array<[string, unknown]>, unknown]>)("%s", (formula, cells, expected) => {
    if (formula.includes("^")) {
      expect(() => parseFormula(formula)).toThrow();
      return;
    }
    expect(evalIn(cells, formula)).toBe(expected);
  });
  test("a blank result reads as 0, as in Excel", () => {
    expect(resultToCell(evaluate(parseFormula("=A1"), { get: () => null }, "S"))).toBe(0);
  });
});
