/**
 * office-addin-mock imports office-addin-manifest only for its OfficeApp enum; that package pulls
 * in ESM-only dependencies Jest (CommonJS) cannot load. Replace it with the enum it needs.
 * Import this module before office-addin-mock. Outside Jest (the benchmark, plain Node) it does
 * nothing: Node loads office-addin-manifest itself.
 */
if (typeof jest !== "undefined")
  jest.mock("office-addin-manifest", () => ({
    OfficeApp: {
      Excel: "excel",
      OneNote: "onenote",
      Outlook: "outlook",
      PowerPoint: "powerpoint",
      Project: "project",
      Word: "word",
    },
  }));
export {};
