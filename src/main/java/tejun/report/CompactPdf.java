package tejun.report;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tejun.ScenarioRecords;

/**
 * A PDF as Chromium prints it (PDF 1.4: a cross-reference table, every dictionary written out
 * uncompressed), made about half as large with its text, tags, links and layout untouched: its
 * dictionaries (fonts' widths, the structure tree, annotations) packed into compressed object
 * streams (PDF 1.5), and its screenshots with the pixels paper needs ({@link PrintPixels}). A PDF
 * laid out otherwise is left as it was printed.
 */
final class CompactPdf {
  private static final int OBJECTS_PER_STREAM = 100;
  private static final Pattern OBJ = Pattern.compile("\\A(\\d+) 0 obj\\s*");
  private static final Pattern STREAM = Pattern.compile("\\s*stream\\r?\\n");
  private static final Pattern LENGTH = Pattern.compile("/Length (\\d+)(?!\\s+\\d+\\s+R)");
  private static final Pattern WIDTH = Pattern.compile("/Width (\\d+)");
  private static final Pattern HEIGHT = Pattern.compile("/Height (\\d+)");
  private static final Pattern NOT_PLAIN_RGB =
      Pattern.compile("/(SMask|Mask|Decode|DecodeParms|ImageMask)\\b");
  private static final Pattern TRAILER_KEEP =
      Pattern.compile("/(Root|Info) \\d+ 0 R|/ID\\s*\\[[^\\]]*\\]");

  /** The same screenshot in many PDFs is made smaller once: by its bytes as Chromium wrote them. */
  private final Map<String, PrintPixels.Deflated> forPrint = new HashMap<>();

  /** The smaller PDF, or {@code pdf} itself when it is not laid out as expected. */
  byte[] compact(byte[] pdf) {
    try {
      return write(read(pdf));
    } catch (NotUnderstood | RuntimeException e) {
      return pdf;
    }
  }

  private static final class NotUnderstood extends Exception {
    NotUnderstood(String what) {
      super(what, null, false, false);
    }
  }

  /** An object's dictionary (or whole value) and, for a stream, its data as stored. */
  private record Stream(String dict, byte[] data) {}

  private record Parsed(TreeMap<Integer, Stream> objects, String trailer) {}

  private static Parsed read(byte[] pdf) throws NotUnderstood {
    String text = new String(pdf, StandardCharsets.ISO_8859_1);
    if (!text.startsWith("%PDF-1.")) {
      throw new NotUnderstood("header");
    }
    int startxref = text.lastIndexOf("startxref");
    if (startxref < 0) {
      throw new NotUnderstood("startxref");
    }
    Matcher at =
        Pattern.compile("startxref\\s+(\\d+)").matcher(text).region(startxref, text.length());
    if (!at.lookingAt()) {
      throw new NotUnderstood("startxref");
    }
    int xref = Integer.parseInt(at.group(1));
    Matcher table = Pattern.compile("xref\\s+").matcher(text).region(xref, text.length());
    if (!table.lookingAt()) {
      throw new NotUnderstood("a cross-reference table");
    }
    TreeMap<Integer, Integer> offsets = new TreeMap<>();
    Pattern section = Pattern.compile("(\\d+) (\\d+)\\s+");
    int pos = table.end();
    for (Matcher m = section.matcher(text).region(pos, text.length());
        m.lookingAt();
        m = section.matcher(text).region(pos, text.length())) {
      int first = Integer.parseInt(m.group(1));
      int count = Integer.parseInt(m.group(2));
      pos = m.end();
      for (int i = 0; i < count; i++, pos += 20) {
        if (text.charAt(pos + 17) == 'n') {
          offsets.put(Integer.parseInt(text.substring(pos, pos + 10)), first + i);
        }
      }
    }
    int trailer = text.indexOf("trailer", pos);
    if (trailer != pos) {
      throw new NotUnderstood("trailer");
    }
    TreeMap<Integer, Stream> objects = new TreeMap<>();
    List<Integer> starts = new ArrayList<>(offsets.keySet());
    for (int i = 0; i < starts.size(); i++) {
      int end = i + 1 < starts.size() ? starts.get(i + 1) : xref;
      int number = offsets.get(starts.get(i));
      objects.put(number, object(pdf, text, number, starts.get(i), end));
    }
    return new Parsed(objects, text.substring(trailer, startxref));
  }

  private static Stream object(byte[] pdf, String text, int number, int from, int to)
      throws NotUnderstood {
    Matcher head = OBJ.matcher(text).region(from, to);
    if (!head.lookingAt() || Integer.parseInt(head.group(1)) != number) {
      throw new NotUnderstood("object " + number);
    }
    int body = head.end();
    int dictEnd = text.startsWith("<<", body) ? dictionaryEnd(text, body) : -1;
    Matcher stream = STREAM.matcher(text).region(Math.max(dictEnd, body), to);
    if (dictEnd > 0 && stream.lookingAt()) {
      String dict = text.substring(body, dictEnd);
      Matcher length = LENGTH.matcher(dict);
      if (!length.find()) {
        throw new NotUnderstood("the length of stream " + number);
      }
      int start = stream.end();
      int end = start + Integer.parseInt(length.group(1));
      if (end > to
          || !text.substring(end, to).replaceAll("\\s+", " ").strip().equals("endstream endobj")) {
        throw new NotUnderstood("the end of stream " + number);
      }
      byte[] data = new byte[end - start];
      System.arraycopy(pdf, start, data, 0, data.length);
      return new Stream(dict, data);
    }
    String value = text.substring(body, to).strip();
    if (!value.endsWith("endobj")) {
      throw new NotUnderstood("the end of object " + number);
    }
    return new Stream(value.substring(0, value.length() - "endobj".length()).strip(), null);
  }

  private byte[] write(Parsed pdf) throws NotUnderstood {
    Out out = new Out();
    out.ascii("%PDF-1.5\n%\u00e2\u00e3\u00cf\u00d3\n");
    Map<Integer, long[]> xref = new TreeMap<>();
    List<Integer> packed = new ArrayList<>();
    for (Map.Entry<Integer, Stream> o : pdf.objects().entrySet()) {
      if (o.getValue().data() == null) {
        packed.add(o.getKey());
        continue;
      }
      xref.put(o.getKey(), new long[] {1, out.size(), 0});
      writeStream(out, o.getKey(), forPrint(o.getValue()));
    }
    int next = pdf.objects().lastKey() + 1;
    for (int from = 0; from < packed.size(); from += OBJECTS_PER_STREAM) {
      List<Integer> some = packed.subList(from, Math.min(packed.size(), from + OBJECTS_PER_STREAM));
      StringBuilder index = new StringBuilder();
      StringBuilder values = new StringBuilder();
      for (int i = 0; i < some.size(); i++) {
        index.append(some.get(i)).append(' ').append(values.length()).append(' ');
        values.append(pdf.objects().get(some.get(i)).dict()).append('\n');
        xref.put(some.get(i), new long[] {2, next, i});
      }
      xref.put(next, new long[] {1, out.size(), 0});
      byte[] data =
          PrintPixels.deflate((index.toString() + values).getBytes(StandardCharsets.ISO_8859_1));
      String dict =
          "<</Type /ObjStm /N "
              + some.size()
              + " /First "
              + index.length()
              + " /Filter /FlateDecode /Length "
              + data.length
              + ">>";
      writeStream(out, next++, new Stream(dict, data));
    }
    int xrefObject = next;
    xref.put(xrefObject, new long[] {1, out.size(), 0});
    ByteArrayOutputStream rows = new ByteArrayOutputStream();
    for (int n = 0; n <= xrefObject; n++) {
      long[] e = xref.getOrDefault(n, new long[] {0, 0, n == 0 ? 65535 : 0});
      rows.write((int) e[0]);
      for (int shift = 24; shift >= 0; shift -= 8) {
        rows.write((int) (e[1] >> shift));
      }
      rows.write((int) (e[2] >> 8));
      rows.write((int) e[2]);
    }
    byte[] data = PrintPixels.deflate(rows.toByteArray());
    StringBuilder trailer = new StringBuilder();
    Matcher keep = TRAILER_KEEP.matcher(pdf.trailer());
    while (keep.find()) {
      trailer.append(' ').append(keep.group());
    }
    if (!trailer.toString().contains("/Root")) {
      throw new NotUnderstood("the trailer's /Root");
    }
    String dict =
        "<</Type /XRef /Size "
            + (xrefObject + 1)
            + " /W [1 4 2]"
            + trailer
            + " /Filter /FlateDecode /Length "
            + data.length
            + ">>";
    long start = out.size();
    writeStream(out, xrefObject, new Stream(dict, data));
    out.ascii("startxref\n" + start + "\n%%EOF\n");
    return out.toByteArray();
  }

  private static void writeStream(Out out, int number, Stream s) {
    out.ascii(number + " 0 obj\n" + s.dict() + " stream\n");
    out.write(s.data(), 0, s.data().length);
    out.ascii("\nendstream\nendobj\n");
  }

  /** A screenshot as Chromium stores it (8-bit RGB, deflated, nothing else) made for paper. */
  private Stream forPrint(Stream s) {
    String d = s.dict();
    if (!d.contains("/Subtype /Image")
        || !d.contains("/BitsPerComponent 8")
        || !d.contains("/Filter /FlateDecode")
        || NOT_PLAIN_RGB.matcher(d).find()) {
      return s;
    }
    Matcher w = WIDTH.matcher(d);
    Matcher h = HEIGHT.matcher(d);
    if (!w.find() || !h.find()) {
      return s;
    }
    PrintPixels.Deflated printed =
        new PrintPixels.Deflated(
            Integer.parseInt(w.group(1)), Integer.parseInt(h.group(1)), s.data());
    PrintPixels.Deflated paper =
        forPrint.computeIfAbsent(
            ScenarioRecords.sha256(s.data()) + " " + printed.width() + "x" + printed.height(),
            k -> PrintPixels.forPrint(printed));
    if (paper.data().length >= s.data().length) {
      return s;
    }
    return new Stream(
        d.replaceFirst("/Width \\d+", "/Width " + paper.width())
            .replaceFirst("/Height \\d+", "/Height " + paper.height())
            .replaceFirst("/Length \\d+", "/Length " + paper.data().length),
        paper.data());
  }

  private static final class Out extends ByteArrayOutputStream {
    Out() {
      super(1 << 20);
    }

    void ascii(String s) {
      byte[] b = s.getBytes(StandardCharsets.ISO_8859_1);
      write(b, 0, b.length);
    }
  }

  /** Where a dictionary that starts at {@code from} ends, strings and nested ones skipped. */
  private static int dictionaryEnd(String text, int from) throws NotUnderstood {
    int depth = 0;
    for (int i = from; i >= 0 && i < text.length(); i++) {
      char c = text.charAt(i);
      boolean twice = i + 1 < text.length() && text.charAt(i + 1) == c;
      if (c == '(') {
        i = literalEnd(text, i);
      } else if (c == '%') {
        i = text.indexOf('\n', i);
      } else if (c == '<' && twice) {
        depth++;
        i++;
      } else if (c == '<') {
        i = text.indexOf('>', i);
      } else if (c == '>' && twice) {
        i++;
        if (--depth == 0) {
          return i + 1;
        }
      }
    }
    throw new NotUnderstood("a dictionary's end");
  }

  private static int literalEnd(String text, int from) {
    int depth = 0;
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '(') {
        depth++;
      } else if (c == ')' && --depth == 0) {
        return i;
      }
    }
    return -1;
  }
}
