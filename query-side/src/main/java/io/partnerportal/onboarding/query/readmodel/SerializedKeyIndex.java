package io.partnerportal.onboarding.query.readmodel;

import de.bwaldvogel.mongo.backend.AbstractUniqueIndex;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.type.ByteArrayDataType;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.util.AbstractMap.SimpleImmutableEntry;
import java.util.List;
import java.util.Map.Entry;

/**
 * A unique index of the embedded MongoDB whose keys are stored as the bytes of their Java serialisation.
 * <p>
 * mongo-java-server's own H2 index keys its map by {@link KeyValue}, which is not {@code Comparable}, so H2
 * orders those keys by serialising both sides of every comparison: a lookup in an index of n keys wrote
 * 2·log₂ n object streams. Under load that was about half of the process's allocation (docs/adr/0020). Here a
 * key is serialised once per lookup and H2 compares bytes. Two keys are the same key exactly when their
 * serialisations are equal, as before.
 */
final class SerializedKeyIndex extends AbstractUniqueIndex<Object> {

    /** How mongo-java-server names an index's map: {@code <database>.<collection>._index_<index>}. */
    private static final String INDEX_MAP = "._index_";
    /** Appended to that name; a map without it holds mongo-java-server's own keys. */
    private static final String MAP_SUFFIX = "#serialized-keys";

    /** Only what a key of a stored document can hold: the JDK's value types and mongo-java-server's. */
    private static final ObjectInputFilter STORED_VALUES =
            ObjectInputFilter.Config.createFilter("java.**;de.bwaldvogel.mongo.**;!*");

    private final MVMap<byte[], Object> map;

    SerializedKeyIndex(MVMap<byte[], Object> map, String name, List<IndexKey> keys, boolean sparse) {
        super(name, keys, sparse);
        this.map = map;
    }

    static String mapName(String collectionNamespace, String indexName) {
        return collectionNamespace + INDEX_MAP + indexName + MAP_SUFFIX;
    }

    static MVMap<byte[], Object> open(MVStore store, String mapName) {
        return store.openMap(mapName, new MVMap.Builder<byte[], Object>().keyType(ByteArrayDataType.INSTANCE));
    }

    /**
     * Removes every index map from {@code store} if any of them is of mongo-java-server's own key type, before
     * the store is served. Such a map means that a jar from before this index wrote the file, so no index map
     * in it can be trusted: an older jar does not update these, and it rebuilds its own when it finds them
     * missing. mongo-java-server fills an empty index from its collection's documents when it opens it; after a
     * crash half way, the next start does the same.
     */
    static void dropAllIfAnyLegacy(MVStore store) {
        List<String> indexMaps = store.getMapNames().stream().filter(name -> name.contains(INDEX_MAP)).toList();
        if (indexMaps.stream().anyMatch(name -> !name.endsWith(MAP_SUFFIX))) {
            indexMaps.forEach(store::removeMap);
        }
    }

    @Override
    protected Object removeDocument(KeyValue keyValue) {
        return map.remove(bytesOf(keyValue));
    }

    @Override
    protected boolean putKeyPosition(KeyValue keyValue, Object position) {
        return map.putIfAbsent(bytesOf(keyValue), Missing.ofNullable(position)) == null;
    }

    @Override
    protected Object getPosition(KeyValue keyValue) {
        return map.get(bytesOf(keyValue));
    }

    /** Every key, read back from its bytes: for the queries that scan an index (a regular expression, a range). */
    @Override
    protected Iterable<Entry<KeyValue, Object>> getIterable() {
        return () -> map.entrySet().stream()
                .<Entry<KeyValue, Object>>map(entry -> new SimpleImmutableEntry<>(keyOf(entry.getKey()), entry.getValue()))
                .iterator();
    }

    @Override
    public long getCount() {
        return map.sizeAsLong();
    }

    @Override
    public boolean isEmpty() {
        return map.isEmpty();
    }

    @Override
    public long getDataSize() {
        return getCount();
    }

    static byte[] bytesOf(KeyValue key) {
        var bytes = new ByteArrayOutputStream(128);
        try (var out = new ObjectOutputStream(bytes)) {
            out.writeObject(key);
        } catch (IOException e) {
            throw new UncheckedIOException("Index key " + key + " could not be serialised", e);
        }
        return bytes.toByteArray();
    }

    private static KeyValue keyOf(byte[] bytes) {
        try (var in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
            in.setObjectInputFilter(STORED_VALUES);
            return (KeyValue) in.readObject();
        } catch (IOException | ClassNotFoundException e) {
            throw new IllegalStateException("An index key of the embedded MongoDB could not be read", e);
        }
    }
}
