/**
 * dom-access reads through the getters and methods of each object's own prototype chain; it
 * keeps the last prototypes it met beside its cache (a page walk meets elements and text by
 * turns). Objects of several prototypes read in turn must each get their own prototype's answer.
 */
import { describe, expect, test } from 'vitest';
import { getAttribute, nextSibling, nodeType } from './dom-access';

/** A prototype with a `nextSibling` getter that says which prototype answered. */
function protoSaying(name: string): object {
  return Object.defineProperty({}, 'nextSibling', {
    get(this: { own?: string }) {
      return `${name}:${this.own ?? ''}`;
    },
  });
}

describe('dom-access: objects of several prototypes read by turns', () => {
  test('each read goes to the getter of the object’s own prototype', () => {
    const protos = ['a', 'b', 'c'].map(protoSaying);
    const objects = protos.map((p, i) =>
      Object.assign(Object.create(p) as object, { own: `${i}` }),
    );
    const reads: unknown[] = [];
    for (const i of [0, 1, 0, 1, 2, 0, 2, 2, 1, 0])
      reads.push(nextSibling(objects[i] as unknown as Node));
    expect(reads).toEqual(['a:0', 'b:1', 'a:0', 'b:1', 'c:2', 'a:0', 'c:2', 'c:2', 'b:1', 'a:0']);
  });

  test('an own property never stands in for the prototype’s getter, whatever came before', () => {
    const proto = protoSaying('p');
    const plain = Object.create(proto) as object;
    // As a named form control does: an own property of the same name.
    const clobbered = Object.defineProperty(Object.create(proto) as object, 'nextSibling', {
      value: 'the input',
    });
    const other = Object.create(protoSaying('q')) as object;
    for (const o of [plain, other, clobbered, other, clobbered, plain]) {
      expect(nextSibling(o as Node)).toMatch(/^[pq]:$/);
    }
  });

  test('a property kept on the instance (no getter on the chain) is read from it', () => {
    const withGetter = Object.create(
      Object.defineProperty({}, 'nodeType', { get: () => 1 }),
    ) as object;
    const onInstance = { nodeType: 3 };
    const kinds = [withGetter, onInstance, withGetter, onInstance].map((o) => nodeType(o as Node));
    expect(kinds).toEqual([1, 3, 1, 3]);
  });

  test('methods too: each object is asked through its own prototype’s method', () => {
    const proto = (tag: string): object => ({
      getAttribute(this: object, name: string) {
        return `${tag}.${name}`;
      },
    });
    const a = Object.create(proto('a')) as Element;
    const b = Object.create(proto('b')) as Element;
    const names = [a, b, b, a].map((el) => getAttribute(el, 'class'));
    expect(names).toEqual(['a.class', 'b.class', 'b.class', 'a.class']);
  });
});
