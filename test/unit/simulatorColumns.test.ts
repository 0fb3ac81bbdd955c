// The simulator's table columns and hidden columns, as Excel's reference describes them:
// TableColumnCollection.add(index, values, name)
// https://learn.microsoft.com/en-us/javascript/api/excel/excel.tablecolumncollection#excel-excel-tablecolumncollection-add-member(1)
// Range.columnHidden https://learn.microsoft.com/en-us/javascript/api/excel/excel.range#excel-excel-range-columnhidden-member
import { putCells, Simulator } from "../../src/workbench/simulator/simulator";

function withTable(): Simulator {
  const sim = new Simulator();
  putCells(sim, "S", "A1", [
    ["#", "Name", "", "beside"],
    [1, "a", "", "x1"],
    [2, "b", "", "x2"],
  ]);
  return sim;
}

describe("table.columns.add", () => {
  test("adds a column at the end named as asked, widening the table; cells beside it move right", async () => {
    const sim = withTable();
    await sim.run(async (context) => {
      const t = context.workbook.worksheets.getItem("S").tables.add("A1:B3", true);
      t.name = "T";
      t.columns.add(undefined, undefined, "Target Impact");
      t.columns.add(undefined, [["Score"], [5], [6]]);
      await context.sync();
      const r = t.getRange();
      r.load("address, values");
      await context.sync();
      expect(r.address).toBe("S!A1:D3");
      expect(r.values).toEqual([
        ["#", "Name", "Target Impact", "Score"],
        [1, "a", "", 5],
        [2, "b", "", 6],
      ]);
    });
    const s = sim.model.sheetByName("S")!;
    // "beside" was in column D (index 3); two columns were inserted in the table's rows.
    expect(s.cell(0, 5)?.value).toBe("beside");
    expect(s.cell(2, 5)?.value).toBe("x2");
  });

  test("a header the table has gets a number; values of the wrong height and an inner index are refused", async () => {
    const sim = withTable();
    await sim.run(async (context) => {
      const t = context.workbook.worksheets.getItem("S").tables.add("A1:B3", true);
      t.columns.add(undefined, undefined, "name");
      t.columns.add();
      await context.sync();
      const h = t.getHeaderRowRange();
      h.load("values");
      await context.sync();
      expect(h.values).toEqual([["#", "Name", "name2", "Column1"]]);
      t.columns.add(undefined, [["X"], [1]]);
      await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
      t.columns.add(1, undefined, "Y");
      await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    });
  });
});

describe("Range.columnHidden", () => {
  test("hides and shows whole columns, keeps their cells, and reads null for a mix", async () => {
    const sim = withTable();
    await sim.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("S");
      ws.getRange("B:B").columnHidden = true;
      const both = ws.getRange("A1:B1");
      const b = ws.getRange("B2");
      both.load("columnHidden");
      b.load("columnHidden, values");
      await context.sync();
      expect(both.columnHidden).toBeNull();
      expect(b.columnHidden).toBe(true);
      expect(b.values).toEqual([["a"]]);
      ws.getRange("B:B").columnHidden = false;
      b.load("columnHidden");
      await context.sync();
      expect(b.columnHidden).toBe(false);
    });
  });
});
