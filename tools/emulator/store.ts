import type { StoredObject, StoreView } from './types';

/** One change to a collection, as the system events log (systemEvents.ts) sees it. */
export interface StoreChange {
	collection: string;
	kind: 'insert' | 'update' | 'remove';
	/** the object before an update or remove (a shallow copy for updates) */
	before?: StoredObject;
	/** the object after an insert or update */
	after?: StoredObject;
}

/**
 * What follows the store's recorded changes (the system events log, webhooks on change): each
 * change as it happens, and `settled` once the outermost recording ends, as a transaction commits.
 */
export interface ChangeListener {
	changed(change: StoreChange): void;
	settled?(): void;
}

/** Told about changes while the store records them (Store.recording). */
interface ChangeSink {
	readonly active: boolean;
	changed(change: StoreChange): void;
}

const NO_SINK: ChangeSink = { active: false, changed: () => {} };

/** One kind of object (customers, products, …), kept in insertion order and by id. */
export class Collection {
	readonly items: StoredObject[] = [];
	private readonly byId = new Map<string, StoredObject>();
	/** bumped on every change; list views cache their sorted result against it */
	version = 0;
	/** sorted and filtered views by query, valid for `version` */
	readonly views = new Map<string, { version: number; items: StoredObject[] }>();

	constructor(
		readonly name: string,
		private readonly sink: ChangeSink = NO_SINK,
	) {}

	insert(obj: StoredObject): StoredObject {
		this.items.push(obj);
		this.byId.set(obj.id, obj);
		this.version++;
		if (this.sink.active) this.sink.changed({ collection: this.name, kind: 'insert', after: obj });
		return obj;
	}

	get(id: string): StoredObject | undefined {
		return this.byId.get(id);
	}

	find(field: string, value: string): StoredObject | undefined {
		if (field === 'id') return this.byId.get(value);
		return this.items.find((o) => o[field] !== undefined && o[field] !== null && String(o[field]) === value);
	}

	/** Shallow-merges `patch` into the object and stamps modified_at. */
	update(id: string, patch: Record<string, unknown>, now: string): StoredObject | undefined {
		const obj = this.byId.get(id);
		if (!obj) return undefined;
		const before = this.sink.active ? { ...obj } : undefined;
		Object.assign(obj, patch, { id: obj.id, modified_at: now });
		this.version++;
		if (before) this.sink.changed({ collection: this.name, kind: 'update', before, after: obj });
		return obj;
	}

	remove(id: string): boolean {
		const obj = this.byId.get(id);
		if (!obj) return false;
		this.byId.delete(id);
		this.items.splice(this.items.indexOf(obj), 1);
		this.version++;
		if (this.sink.active) this.sink.changed({ collection: this.name, kind: 'remove', before: obj });
		return true;
	}

	/** Marks the collection changed after an object was edited in place. */
	touch(): void {
		this.version++;
	}
}

/** All collections of the emulator, created on first use. */
export class Store implements StoreView {
	private readonly collectionsByName = new Map<string, Collection>();
	private readonly listeners: ChangeListener[] = [];
	private recordingDepth = 0;
	private readonly sink: ChangeSink;

	constructor() {
		// The sink's `active` must read the store's state when asked, so it is a getter over arrows.
		const isActive = () => this.recordingDepth > 0 && this.listeners.length > 0;
		this.sink = {
			get active() {
				return isActive();
			},
			changed: (change) => {
				for (const listener of this.listeners) listener.changed(change);
			},
		};
	}

	/** Adds what follows recorded changes (PolarApi: the events log; the server: webhooks). */
	listen(listener: ChangeListener): void {
		this.listeners.push(listener);
	}

	/**
	 * Runs `fn` with changes recorded: what API requests (and the control API's `changes`) do.
	 * Seeding outside it records nothing, so a large seed does not double the store. When the
	 * outermost recording ends, listeners hear that the changes are settled.
	 */
	recording<T>(fn: () => T): T {
		this.recordingDepth++;
		try {
			return fn();
		} finally {
			this.recordingDepth--;
			if (this.recordingDepth === 0) for (const listener of this.listeners) listener.settled?.();
		}
	}

	collection(name: string): Collection {
		let c = this.collectionsByName.get(name);
		if (!c) {
			c = new Collection(name, this.sink);
			this.collectionsByName.set(name, c);
		}
		return c;
	}

	list(collection: string): StoredObject[] {
		return [...(this.collectionsByName.get(collection)?.items ?? [])];
	}

	get(collection: string, id: string): StoredObject | undefined {
		return this.collectionsByName.get(collection)?.get(id);
	}

	count(collection: string): number {
		return this.collectionsByName.get(collection)?.items.length ?? 0;
	}

	collections(): string[] {
		return [...this.collectionsByName.keys()].filter((n) => this.count(n) > 0).sort();
	}

	clear(): void {
		this.collectionsByName.clear();
	}
}
