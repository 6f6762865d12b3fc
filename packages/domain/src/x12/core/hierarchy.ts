import type { X12Problem } from './problems.ts';
import type { X12Segment } from './segment.ts';
import { element, problemAt } from './segment.ts';

/**
 * The HL tree of a transaction (270/271/278/837): each HL with the segments that follow it up to
 * the next HL, and its children. Checks HL01 numbering (1, 2, 3… in order), HL02 parent links
 * (an earlier HL of the allowed parent level), HL03 level codes and the HL04 child flag.
 */
export interface HlNode {
  hl: X12Segment;
  id: string;
  parentId: string;
  /** HL03, e.g. '22' subscriber or 'EV' patient event. */
  level: string;
  segments: X12Segment[];
  children: HlNode[];
}

export interface HlTree {
  /** Segments before the first HL (BHT, and in the 837 the submitter and receiver loops). */
  header: X12Segment[];
  roots: HlNode[];
  nodes: HlNode[];
}

/** levels: HL03 code → the HL03 codes its parent may have ([] for a root level). */
export function buildHlTree(
  body: readonly X12Segment[],
  levels: Readonly<Record<string, readonly string[]>>,
  problems: X12Problem[],
): HlTree {
  const tree: HlTree = { header: [], roots: [], nodes: [] };
  const byId = new Map<string, HlNode>();
  let current: HlNode | null = null;
  for (const segment of body) {
    if (segment.id !== 'HL') {
      if (current === null) tree.header.push(segment);
      else current.segments.push(segment);
      continue;
    }
    current = {
      hl: segment,
      id: element(segment, 1),
      parentId: element(segment, 2),
      level: element(segment, 3),
      segments: [],
      children: [],
    };
    checkNumbering(current, tree.nodes.length + 1, problems);
    attach(current, byId, tree, levels, problems);
    byId.set(current.id, current);
    tree.nodes.push(current);
  }
  for (const node of tree.nodes) checkChildFlag(node, problems);
  return tree;
}

function checkNumbering(node: HlNode, expected: number, problems: X12Problem[]): void {
  if (node.id !== String(expected)) {
    problems.push(
      problemAt(
        node.hl,
        1,
        'error',
        'HL_SEQUENCE',
        `HL01 is "${node.id}" but HL numbers must run 1, 2, 3… in order; ${String(expected)} was expected.`,
      ),
    );
  }
}

function attach(
  node: HlNode,
  byId: ReadonlyMap<string, HlNode>,
  tree: HlTree,
  levels: Readonly<Record<string, readonly string[]>>,
  problems: X12Problem[],
): void {
  const allowedParents = levels[node.level];
  if (allowedParents === undefined) {
    problems.push(
      problemAt(
        node.hl,
        3,
        'error',
        'HL_LEVEL',
        `HL03 "${node.level}" is not a hierarchical level of this transaction (${Object.keys(levels).join(', ')}).`,
      ),
    );
  }
  if (node.parentId === '') {
    if (allowedParents !== undefined && allowedParents.length > 0) {
      problems.push(
        problemAt(
          node.hl,
          2,
          'error',
          'HL_PARENT',
          `An HL at level ${node.level} needs a parent (HL02).`,
        ),
      );
    }
    tree.roots.push(node);
    return;
  }
  const parent = byId.get(node.parentId);
  if (parent === undefined) {
    problems.push(
      problemAt(
        node.hl,
        2,
        'error',
        'HL_PARENT',
        `HL02 "${node.parentId}" does not name an earlier HL in this transaction.`,
      ),
    );
    tree.roots.push(node);
    return;
  }
  if (allowedParents !== undefined && !allowedParents.includes(parent.level)) {
    problems.push(
      problemAt(
        node.hl,
        2,
        'error',
        'HL_LEVEL',
        `An HL at level ${node.level} cannot hang under level ${parent.level} (HL ${parent.id}).`,
      ),
    );
  }
  parent.children.push(node);
}

function checkChildFlag(node: HlNode, problems: X12Problem[]): void {
  const flag = element(node.hl, 4);
  const hasChildren = node.children.length > 0;
  if ((flag === '1' && !hasChildren) || (flag === '0' && hasChildren)) {
    problems.push(
      problemAt(
        node.hl,
        4,
        'warning',
        'HL_CHILD_FLAG',
        `HL04 is ${flag} but this HL has ${hasChildren ? String(node.children.length) : 'no'} child level(s).`,
      ),
    );
  }
}

/** Walks a node and its descendants, depth first. */
export function walkHl(node: HlNode): HlNode[] {
  return [node, ...node.children.flatMap(walkHl)];
}
