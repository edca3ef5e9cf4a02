import java.io.File;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.netbeans.lib.profiler.heap.Heap;
import org.netbeans.lib.profiler.heap.HeapFactory;
import org.netbeans.lib.profiler.heap.Instance;
import org.netbeans.lib.profiler.heap.JavaClass;
import org.netbeans.lib.profiler.heap.Value;

/**
 * Who holds the live heap of a dump: the biggest objects by retained size, and the bytes of every large byte[] (64 KiB
 * and more; walking up from every small one takes hours) charged to its nearest holder outside the JDK (java.*, jdk.*, sun.*): a byte[] inside a String inside a HashMap inside our
 * class counts for our class. Compare two dumps (ours and plain Sling CMS) by running it on each.
 *
 *   java -cp hprof-heap-0.16.jar bench/heap/HeapOwners.java DUMP.hprof [TOP]
 *
 * (bench/heap.sh writes the dumps with HEAP_DUMP=10000; hprof-heap is org.gridkit.jvmtool:hprof-heap on Maven Central.)
 */
public class HeapOwners {
    private static final int MAX_DEPTH = 12;

    public static void main(String[] args) throws Exception {
        Heap heap = HeapFactory.createHeap(new File(args[0]));
        int top = args.length > 1 ? Integer.parseInt(args[1]) : 40;
        System.out.println("# " + args[0]);
        System.out.println("## biggest objects by retained size");
        for (Instance instance : heap.getBiggestObjectsByRetainedSize(top)) {
            System.out.printf("%,14d  %s%n", instance.getRetainedSize(), describe(instance));
        }
        System.out.println("## byte[] of at least 64 KiB by nearest holder outside the JDK");
        JavaClass bytes = heap.getJavaClassByName("byte[]");
        Map<String, long[]> byHolder = new HashMap<>();
        for (Instance array : bytes.getInstances()) {
            if (array.getSize() < 65_536) {
                continue;
            }
            String holder = holder(array);
            long[] sum = byHolder.computeIfAbsent(holder, k -> new long[2]);
            sum[0] += array.getSize();
            sum[1]++;
        }
        List<Map.Entry<String, long[]>> sorted = new ArrayList<>(byHolder.entrySet());
        sorted.sort((a, b) -> Long.compare(b.getValue()[0], a.getValue()[0]));
        for (Map.Entry<String, long[]> entry : sorted.subList(0, Math.min(top, sorted.size()))) {
            System.out.printf("%,14d %9d  %s%n", entry.getValue()[0], entry.getValue()[1], entry.getKey());
        }
    }

    private static String describe(Instance instance) {
        Instance root = instance;
        StringBuilder path = new StringBuilder(instance.getJavaClass().getName());
        for (int i = 0; i < 4 && root.getNearestGCRootPointer() != null && root.getNearestGCRootPointer() != root; i++) {
            root = root.getNearestGCRootPointer();
            path.append(" <- ").append(root.getJavaClass().getName());
        }
        return path.toString();
    }

    /** The class of the first referrer, breadth-first up the references, that is not a JDK class. */
    private static String holder(Instance array) {
        List<Instance> level = List.of(array);
        for (int depth = 0; depth < MAX_DEPTH && !level.isEmpty(); depth++) {
            List<Instance> next = new ArrayList<>();
            for (Instance instance : level) {
                for (Value reference : instance.getReferences()) {
                    Instance referrer = reference.getDefiningInstance();
                    String name = referrer.getJavaClass().getName();
                    if (!isJdk(name)) {
                        return name;
                    }
                    if (next.size() < 64) {
                        next.add(referrer);
                    }
                }
            }
            level = next;
        }
        return "(JDK only or unreferenced)";
    }

    private static boolean isJdk(String name) {
        return name.startsWith("java.") || name.startsWith("jdk.") || name.startsWith("sun.") || name.equals("byte[]")
                || name.equals("java.lang.Object[]") || name.endsWith("[]") && name.startsWith("java.");
    }
}
