// Per-request DataLoaders. Modules ask for a loader by name (plus an arguments key for nested connections);
// the first call in a request creates it, so every relation batches into one statement per nesting level.
import DataLoader from 'dataloader';

export class Loaders {
  private readonly loaders = new Map<string, DataLoader<unknown, unknown>>();

  get<K, V>(
    name: string,
    batch: (keys: readonly K[]) => Promise<ReadonlyArray<V | Error>>,
    argsKey = '',
  ): DataLoader<K, V> {
    const key = argsKey ? `${name}:${argsKey}` : name;
    let loader = this.loaders.get(key) as DataLoader<K, V> | undefined;
    if (!loader) {
      loader = new DataLoader<K, V>(batch, { maxBatchSize: 500 });
      this.loaders.set(key, loader as DataLoader<unknown, unknown>);
    }
    return loader;
  }
}
