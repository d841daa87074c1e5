package org.pacer.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Case 5: start to ready and resident memory at ready, Pacer against the bare Boot + Camunda app of bench/bare. Each
 * start is its own {@code java -jar} process (the benchmark's own JVM, the same flags for both apps) on a fresh data
 * directory; ready is the first 200 of /actuator/health/readiness, and the resident memory is VmRSS of the process at
 * that moment. Pacer's fresh start makes its demo data (its readiness waits for it), the bare app's only creates the
 * engine's schema; each restart runs on the data its fresh start left. Pacer's restart is also timed with a class
 * data sharing archive made by a training run, as the README's "Start-up (class data sharing)" says.
 */
final class StartCase {

	private static final Duration READY_WITHIN = Duration.ofMinutes(10);

	private static final Duration STOP_WITHIN = Duration.ofMinutes(1);

	private static final Pattern RSS = Pattern.compile("^VmRSS:\\s+(\\d+) kB", Pattern.MULTILINE);

	private final Path javaHome = Path.of(System.getProperty("java.home"));

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

	private final Path pacerJar;

	private final Path bareJar;

	private final List<String> jvmArgs;

	private final int runs;

	private final Path work;

	private final Path out;

	StartCase(Path pacerJar, Path bareJar, List<String> jvmArgs, int runs, Path out) throws IOException {
		this.pacerJar = existing(pacerJar);
		this.bareJar = existing(bareJar);
		this.jvmArgs = jvmArgs;
		this.runs = runs;
		this.out = out;
		this.work = Files.createTempDirectory("pacer-bench-start");
		Files.createDirectories(out.resolve("logs"));
	}

	/** The rows of case 5; the data directories and the extracted jar (some 260 MB) are removed afterwards. */
	List<Row> run() throws Exception {
		try {
			return measure();
		}
		finally {
			try (Stream<Path> files = Files.walk(work)) {
				for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
					Files.deleteIfExists(file);
				}
			}
		}
	}

	private List<Row> measure() throws Exception {
		List<String> pacer = List.of("-jar", pacerJar.toString(), "--pacer.demo.enabled=true");
		List<String> bare = List.of("-jar", bareJar.toString());
		// untimed first starts: they fill the page cache for both jars, and tell what Pacer's memory holds
		diagnose("pacer", pacer);
		diagnose("bare", bare);
		List<String> pacerCds = cdsArchive();

		double[][] pacerTimes = new double[3][runs];
		double[][] pacerRss = new double[3][runs];
		double[][] bareTimes = new double[2][runs];
		double[][] bareRss = new double[2][runs];
		// Pacer's and the bare app's starts take turns, so a busier minute of the machine falls on both
		for (int i = 0; i < runs; i++) {
			Path pacerData = Files.createDirectories(work.resolve("pacer-" + i));
			record(start("pacer-fresh-" + i, pacer, pacerData, null), pacerTimes[0], pacerRss[0], i);
			record(start("pacer-restart-" + i, pacer, pacerData, null), pacerTimes[1], pacerRss[1], i);
			record(start("pacer-restart-cds-" + i, pacerCds, pacerData, null), pacerTimes[2], pacerRss[2], i);
			Path bareData = Files.createDirectories(work.resolve("bare-" + i));
			record(start("bare-fresh-" + i, bare, bareData, null), bareTimes[0], bareRss[0], i);
			record(start("bare-restart-" + i, bare, bareData, null), bareTimes[1], bareRss[1], i);
		}
		String size = runs + (runs == 1 ? " start" : " starts");
		return List.of(
				row("start to ready, fresh (Pacer with demo data)", size, "s", pacerTimes[0], bareTimes[0]),
				row("start to ready, restart", size, "s", pacerTimes[1], bareTimes[1]),
				row("start to ready, restart, CDS archive", size, "s", pacerTimes[2], bareTimes[1]),
				row("resident memory at ready, fresh", size, "MB", pacerRss[0], bareRss[0]),
				row("resident memory at ready, restart", size, "MB", pacerRss[1], bareRss[1]),
				row("resident memory at ready, restart, CDS", size, "MB", pacerRss[2], bareRss[1]));
	}

	/**
	 * The README's recipe: the jar extracted (class data sharing needs plain jars on the class path), a training run
	 * up to a refreshed context on a throw-away database writes the archive, later starts map it. The same absolute
	 * jar path in training and use, so the archive's recorded class path matches.
	 */
	private List<String> cdsArchive() throws Exception {
		Path extracted = work.resolve("cds");
		exec("cds-extract", List.of(java(), "-Djarmode=tools", "-jar", pacerJar.toString(), "extract", "--destination",
				extracted.toString()), work);
		Path jar;
		try (Stream<Path> files = Files.list(extracted)) {
			jar = files.filter(f -> f.getFileName().toString().endsWith(".jar")).findFirst()
					.orElseThrow(() -> new IllegalStateException("No jar extracted into " + extracted));
		}
		Path archive = extracted.resolve("pacer.jsa");
		List<String> training = new ArrayList<>();
		training.add(java());
		training.addAll(jvmArgs);
		training.addAll(List.of("-XX:ArchiveClassesAtExit=" + archive, "-Dspring.context.exit=onRefresh", "-jar",
				jar.toString(), "--spring.datasource.url=jdbc:h2:mem:training", "--pacer.demo.enabled=false",
				"--camunda.bpm.job-execution.enabled=false"));
		long started = System.nanoTime();
		exec("cds-training", training, extracted);
		if (!Files.isRegularFile(archive) || Files.size(archive) == 0) {
			throw new IllegalStateException("The training run wrote no class data sharing archive " + archive);
		}
		System.out.printf(Locale.ROOT, "class data sharing: training run %.0f s, archive %d MB%n",
				(System.nanoTime() - started) / 1e9, Files.size(archive) >> 20);
		return List.of("-XX:SharedArchiveFile=" + archive, "-jar", jar.toString(), "--pacer.demo.enabled=true");
	}

	/**
	 * A fresh start with native memory tracking, not timed: at ready, what the process's memory is made of (native
	 * memory summary), the heap's size and use, and the classes that fill the heap after a full collection (live
	 * objects), whole and summed by package. Written to target/bench/&lt;app&gt;-memory-at-ready.txt.
	 */
	private void diagnose(String app, List<String> command) throws Exception {
		Path data = Files.createDirectories(work.resolve(app + "-diagnosis"));
		List<String> tracked = new ArrayList<>();
		tracked.add("-XX:NativeMemoryTracking=summary");
		tracked.addAll(command);
		start(app + "-diagnosis", tracked, data, pid -> {
			StringBuilder report = new StringBuilder();
			report.append("# ").append(app).append(" at ready, fresh start\n\n## VM.native_memory summary\n")
					.append(jcmd(pid, "VM.native_memory", "summary"))
					.append("\n## GC.heap_info (before the histogram's full collection)\n")
					.append(jcmd(pid, "GC.heap_info"));
			String histogram = jcmd(pid, "GC.class_histogram");
			report.append("\n## GC.class_histogram, live objects, by package\n").append(byPackage(histogram))
					.append("\n## GC.class_histogram, top 40 classes\n")
					.append(histogram.lines().limit(43).reduce("", (a, b) -> a + b + "\n"));
			Files.writeString(out.resolve(app + "-memory-at-ready.txt"), report);
		});
	}

	/** The histogram's bytes summed by package (arrays by their element's), largest first. */
	static String byPackage(String histogram) {
		Pattern line = Pattern.compile("^\\s*\\d+:\\s+(\\d+)\\s+(\\d+)\\s+(\\S+)", Pattern.MULTILINE);
		Map<String, long[]> packages = new TreeMap<>();
		long total = 0;
		Matcher m = line.matcher(histogram);
		while (m.find()) {
			long bytes = Long.parseLong(m.group(2));
			long[] sum = packages.computeIfAbsent(packageOf(m.group(3)), p -> new long[2]);
			sum[0] += bytes;
			sum[1] += Long.parseLong(m.group(1));
			total += bytes;
		}
		StringBuilder sorted = new StringBuilder(String.format(Locale.ROOT, "%-40s %10s %12s%n", "package", "MB",
				"instances"));
		long all = total;
		packages.entrySet().stream().sorted((a, b) -> Long.compare(b.getValue()[0], a.getValue()[0])).limit(25)
				.forEach(e -> sorted.append(String.format(Locale.ROOT, "%-40s %10.1f %12d%n", e.getKey(),
						e.getValue()[0] / 1048576.0, e.getValue()[1])));
		return sorted.append(String.format(Locale.ROOT, "%-40s %10.1f%n", "total", all / 1048576.0)).toString();
	}

	/** {@code [B} is a byte array, {@code [Ljava.lang.String;} an array of strings: by what they hold. */
	private static String packageOf(String className) {
		String name = className.replaceFirst("^\\[+L?", "").replaceFirst(";$", "");
		if (name.length() == 1) {
			return "(arrays of primitives)";
		}
		String[] parts = name.split("\\.");
		return parts.length <= 1 ? "(default)"
				: String.join(".", Arrays.copyOf(parts, Math.min(3, parts.length - 1)));
	}

	private interface AtReady {

		void accept(long pid) throws Exception;
	}

	/** One start: the process on a free port and the data directory, until ready; then stopped as a service is. */
	private Start start(String label, List<String> command, Path data, AtReady atReady) throws Exception {
		int port = freePort();
		List<String> cmd = new ArrayList<>();
		cmd.add(java());
		cmd.addAll(jvmArgs);
		cmd.addAll(command);
		cmd.add("--spring.datasource.url=jdbc:h2:file:" + data.resolve("db"));
		cmd.add("--server.port=" + port);
		Path log = out.resolve("logs").resolve(label + ".log");
		ProcessBuilder builder = new ProcessBuilder(cmd).directory(data.toFile()).redirectErrorStream(true)
				.redirectOutput(log.toFile());
		long started = System.nanoTime();
		Process process = builder.start();
		try {
			awaitReady(process, port, log);
			double seconds = (System.nanoTime() - started) / 1e9;
			double rssMb = rssKb(process.pid()) / 1024.0;
			System.out.printf(Locale.ROOT, "%-24s ready in %5.1f s, resident %5.0f MB%n", label, seconds, rssMb);
			if (atReady != null) {
				atReady.accept(process.pid());
			}
			return new Start(seconds, rssMb);
		}
		finally {
			stop(process);
		}
	}

	private void awaitReady(Process process, int port, Path log) throws Exception {
		HttpRequest readiness = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
				+ "/actuator/health/readiness")).timeout(Duration.ofSeconds(5)).build();
		long deadline = System.nanoTime() + READY_WITHIN.toNanos();
		while (System.nanoTime() < deadline) {
			if (!process.isAlive()) {
				throw new IllegalStateException("The app stopped before it was ready (exit " + process.exitValue()
						+ "); see " + log);
			}
			try {
				if (http.send(readiness, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
					return;
				}
			}
			catch (IOException notListeningYet) {
				// the port opens only once the web server has started
			}
			Thread.sleep(50);
		}
		throw new IllegalStateException("Not ready within " + READY_WITHIN + "; see " + log);
	}

	/** SIGTERM, as a service manager stops it, so the database is closed cleanly for the restart. */
	private static void stop(Process process) throws InterruptedException {
		process.destroy();
		if (!process.waitFor(STOP_WITHIN.toSeconds(), TimeUnit.SECONDS)) {
			process.destroyForcibly().waitFor();
		}
	}

	private static long rssKb(long pid) throws IOException {
		Matcher m = RSS.matcher(Files.readString(Path.of("/proc/" + pid + "/status")));
		if (!m.find()) {
			throw new IllegalStateException("No VmRSS in /proc/" + pid + "/status");
		}
		return Long.parseLong(m.group(1));
	}

	private String jcmd(long pid, String... command) throws Exception {
		List<String> cmd = new ArrayList<>(List.of(javaHome.resolve("bin/jcmd").toString(), Long.toString(pid)));
		cmd.addAll(List.of(command));
		Process jcmd = new ProcessBuilder(cmd).redirectErrorStream(true).start();
		String output = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (jcmd.waitFor() != 0) {
			throw new IllegalStateException(String.join(" ", cmd) + " failed: " + output);
		}
		return output;
	}

	/** A step that must finish (extracting, training), its output kept in target/bench/logs. */
	private void exec(String label, List<String> cmd, Path dir) throws Exception {
		Path log = out.resolve("logs").resolve(label + ".log");
		Process process = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true)
				.redirectOutput(log.toFile()).start();
		if (!process.waitFor(READY_WITHIN.toSeconds(), TimeUnit.SECONDS)) {
			process.destroyForcibly().waitFor();
			throw new IllegalStateException(label + " did not finish within " + READY_WITHIN + "; see " + log);
		}
		if (process.exitValue() != 0) {
			throw new IllegalStateException(label + " failed (exit " + process.exitValue() + "); see " + log);
		}
	}

	private String java() {
		return javaHome.resolve("bin/java").toString();
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	private static Path existing(Path jar) {
		if (!Files.isRegularFile(jar)) {
			throw new IllegalStateException("No jar at " + jar + ": bench/run builds it");
		}
		return jar;
	}

	private static void record(Start start, double[] times, double[] rss, int i) {
		times[i] = start.seconds();
		rss[i] = start.rssMb();
	}

	/** Median and max of the starts, the ratio of the medians (a max of three starts is mostly the machine's noise). */
	private static Row row(String name, String size, String unit, double[] pacer, double[] baseline) {
		double[] p = pacer.clone();
		double[] b = baseline.clone();
		Arrays.sort(p);
		Arrays.sort(b);
		return new Row(name, size, unit, median(p), p[p.length - 1], median(b), b[b.length - 1],
				median(p) / median(b), null);
	}

	private static double median(double[] sorted) {
		int n = sorted.length;
		return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
	}

	private record Start(double seconds, double rssMb) {
	}
}
