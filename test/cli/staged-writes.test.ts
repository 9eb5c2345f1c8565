import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import { StagedWrites } from "../../src/cli/staged-writes";
import { outputMessageFor } from "../../src/cli/paths";

describe("all-or-nothing writes", () => {
  let dir: string;
  beforeEach(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), "capaian-staged-"));
  });
  afterEach(() => fs.rm(dir, { recursive: true, force: true }));

  test("nothing is renamed until commit; commit renames all", async () => {
    const s = new StagedWrites();
    await s.stage(path.join(dir, "a.xlsx"), Buffer.from("A"));
    await s.stage(path.join(dir, "b.json"), Buffer.from("B"));
    expect((await fs.readdir(dir)).filter((f) => !f.endsWith(".tmp"))).toEqual([]);
    await s.commit();
    expect((await fs.readdir(dir)).sort()).toEqual(["a.xlsx", "b.json"]);
  });

  test("a failing second write leaves no file and no temporary file", async () => {
    const s = new StagedWrites();
    await s.stage(path.join(dir, "a.xlsx"), Buffer.from("A"));
    const err = await s.stage(path.join(dir, "tidak-ada", "b.xlsx"), Buffer.from("B")).catch((e: unknown) => e);
    expect((err as NodeJS.ErrnoException).code).toBe("ENOENT");
    await s.rollback();
    expect(await fs.readdir(dir)).toEqual([]);
  });

  test("system errors become one Indonesian sentence without system text", () => {
    const msg = (code: string) =>
      outputMessageFor(Object.assign(new Error(`${code}: english text`), { code }), "/x/hasil.xlsx");
    expect(msg("ENOSPC")).toContain("Ruang disk tidak cukup");
    expect(msg("EISDIR")).toContain("adalah sebuah folder");
    expect(msg("EACCES")).toContain("tidak boleh ditulisi");
    expect(msg("ENAMETOOLONG")).toContain("terlalu panjang");
    expect(msg("ELOOP")).toContain("tautan simbolik");
    expect(msg("EWEIRD")).toContain("kode EWEIRD");
    for (const c of ["ENOSPC", "EISDIR", "EACCES", "ENAMETOOLONG", "ELOOP", "EROFS", "EIO"])
      expect(msg(c)).not.toContain("english");
  });
});
