/**
 * Run by `npm run build:widgets` after the two Vite builds:
 *
 * - `dist/widgets/gongshi-loader.js`: widgets/loader.ts compiled to ES5 (esbuild refuses
 *   anything it cannot lower, so a newer construct in the loader fails the build);
 * - `dist/widgets/custom-elements.json`: the Custom Elements Manifest (schema 2.1), read from
 *   each component's JSDoc header, its public `declare`d properties and its `properties` map.
 *
 * Why not @custom-elements-manifest/analyzer: it is not installed. Why not the TypeScript
 * compiler API: TypeScript 7 (the native compiler) ships no in-process parser, only an
 * unstable client for its server. The parser comes from rolldown (Vite's bundler), the
 * same one that builds the widgets.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { build } from 'esbuild';
import { parseSync } from 'rolldown/utils';

const root = resolve(import.meta.dirname, '..');
const widgets = join(root, 'widgets');
const out = join(root, 'dist', 'widgets');

await build({
  entryPoints: [join(widgets, 'loader.ts')],
  outfile: join(out, 'gongshi-loader.js'),
  target: 'es5',
  format: 'iife',
  minify: true,
  bundle: false,
  logLevel: 'warning',
});

interface Described {
  readonly name: string;
  readonly description: string;
}

interface JsDoc {
  readonly summary: string;
  readonly description: string;
  readonly tags: readonly { readonly tag: string; readonly text: string }[];
}

/** Splits a `/** … *\/` comment body into free text and `@tag text` entries. */
function readJsDoc(comment: string): JsDoc {
  const lines = comment
    .split('\n')
    .map((line) => line.replace(/^\s*\*\s?/, ''))
    .join('\n')
    .trim();
  const parts = lines.split(/\n(?=@)|^(?=@)/);
  const free = parts[0]?.startsWith('@') ? '' : (parts.shift() ?? '');
  const tags = parts.map((part) => {
    const match = /^@(\w+)\s*([\s\S]*)$/.exec(part.trim());
    return { tag: match?.[1] ?? '', text: (match?.[2] ?? '').replace(/\s+/g, ' ').trim() };
  });
  const summaryTag = tags.find((entry) => entry.tag === 'summary');
  return {
    summary: summaryTag?.text ?? '',
    description: free.replace(/\s+/g, ' ').trim(),
    tags: tags.filter((entry) => entry.tag !== 'summary'),
  };
}

/** `name - description` (a `-` name is the default slot). */
function named(text: string): Described {
  const match = /^(\S+)\s+-\s+([\s\S]*)$/.exec(text);
  if (!match) return { name: text, description: '' };
  return { name: match[1] === '-' ? '' : match[1]!, description: match[2]!.trim() };
}

type Node = { type: string; start: number; end: number; [key: string]: unknown };

function componentModule(folder: string) {
  const file = join(widgets, folder, `${folder}.component.ts`);
  const source = readFileSync(file, 'utf8');
  const parsed = parseSync(file, source);
  const exported = (parsed.program.body as unknown as Node[]).find(
    (node) =>
      node.type === 'ExportNamedDeclaration' &&
      (node.declaration as Node | null)?.type === 'ClassDeclaration',
  );
  if (!exported) throw new Error(`${file}: no exported class`);
  const declaration = exported.declaration as Node & {
    id: { name: string };
    superClass: { name: string } | null;
    body: { body: Node[] };
  };
  const commentBefore = (position: number) =>
    parsed.comments
      .filter((comment) => comment.type === 'Block' && comment.value.startsWith('*'))
      .filter(
        (comment) => comment.end <= position && /^\s*$/.test(source.slice(comment.end, position)),
      )
      .at(-1);
  const header = commentBefore(exported.start);
  if (!header) throw new Error(`${file}: the class has no JSDoc header`);
  const doc = readJsDoc(header.value.slice(1));
  const tagged = (name: string) =>
    doc.tags.filter((entry) => entry.tag === name).map((entry) => named(entry.text));

  // Attribute names and types from `static properties = { src: { type: String }, … }`.
  const attributes = new Map<string, { attribute: string; type: string }>();
  const propertiesMap = declaration.body.body.find(
    (member) => (member.key as { name?: string } | undefined)?.name === 'properties',
  );
  for (const entry of ((propertiesMap?.value as { properties?: Node[] })?.properties ??
    []) as (Node & {
    key?: { name: string };
    value?: {
      properties?: (Node & {
        key: { name: string };
        value: Node & { name?: string; value?: unknown };
      })[];
    };
  })[]) {
    if (!entry.key || !entry.value?.properties) continue;
    const options = Object.fromEntries(
      entry.value.properties.map((option) => [
        option.key.name,
        option.value.name ?? option.value.value,
      ]),
    );
    if (options.state === true) continue;
    attributes.set(entry.key.name, {
      attribute:
        typeof options.attribute === 'string' ? options.attribute : entry.key.name.toLowerCase(),
      type:
        options.type === 'Number' ? 'number' : options.type === 'Boolean' ? 'boolean' : 'string',
    });
  }

  const members = declaration.body.body
    .filter(
      (member) =>
        member.type === 'PropertyDefinition' &&
        member.declare === true &&
        member.accessibility == null &&
        attributes.has((member.key as { name: string }).name),
    )
    .map((member) => {
      const name = (member.key as { name: string }).name;
      const annotation = member.typeAnnotation as Node | null;
      const type = annotation
        ? source.slice(annotation.start, annotation.end).replace(/^:\s*/, '')
        : 'string';
      const comment = commentBefore(member.start);
      const description = comment ? readJsDoc(comment.value.slice(1)).description : '';
      if (!description) throw new Error(`${file}: public property ${name} has no doc comment`);
      return { name, type, description, attribute: attributes.get(name)!.attribute };
    });

  const tagFile = readFileSync(join(widgets, folder, `${folder}.ts`), 'utf8');
  const tagName = /const TAG = '([^']+)'/.exec(tagFile)?.[1];
  if (!tagName) throw new Error(`${folder}.ts: no TAG constant`);
  const path = relative(root, file).replaceAll('\\', '/');
  const className = declaration.id.name;
  return {
    kind: 'javascript-module',
    path,
    declarations: [
      {
        kind: 'class',
        name: className,
        tagName,
        customElement: true,
        summary: doc.summary,
        description: doc.description,
        superclass: {
          name: declaration.superClass?.name ?? 'LitElement',
          module: 'widgets/internal/gongshi-element.ts',
        },
        attributes: members.map((member) => ({
          name: member.attribute,
          fieldName: member.name,
          type: { text: member.type },
          description: member.description,
        })),
        members: members.map((member) => ({
          kind: 'field',
          name: member.name,
          privacy: 'public',
          type: { text: member.type },
          description: member.description,
          attribute: member.attribute,
        })),
        events: tagged('event'),
        slots: tagged('slot'),
        cssParts: tagged('csspart'),
        cssProperties: tagged('cssproperty').map((property) => {
          const fallback = /\(default:? ([^)]+)\)/.exec(property.description)?.[1];
          return fallback ? { ...property, default: fallback } : property;
        }),
      },
    ],
    exports: [
      { kind: 'js', name: className, declaration: { name: className, module: path } },
      {
        kind: 'custom-element-definition',
        name: tagName,
        declaration: { name: className, module: path },
      },
    ],
  };
}

const folders = readdirSync(widgets, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .filter((name) => {
    try {
      readFileSync(join(widgets, name, `${name}.component.ts`));
      return true;
    } catch {
      return false;
    }
  })
  .sort();

const manifest = {
  schemaVersion: '2.1.0',
  readme: 'docs/WIDGETS.md',
  modules: folders.map(componentModule),
};
writeFileSync(join(out, 'custom-elements.json'), `${JSON.stringify(manifest, null, 2)}\n`);
