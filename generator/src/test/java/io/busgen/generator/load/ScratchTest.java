package io.busgen.generator.load;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ScratchTest {
    @Test
    void print() {
        LoadResult r = CatalogLoader.load(Path.of("../schemas/infrahub"), "schemas/infrahub");
        r.problems().forEach(p -> System.out.println(p.format()));
        if (r.ok()) {
            r.catalog().types().forEach(t -> System.out.println(t.name() + " " + t.origin() + " " + t.form()));
            r.catalog().messages().forEach(m -> System.out.println(m.routingKey() + " " + m.priority() + " " + m.body().fields().stream().map(f -> f.javaName() + ":" + f.type() + (f.required() ? "!" : "")).toList()));
            r.catalog().responses().forEach(m -> System.out.println(m.routingKey() + " " + m.priority() + " " + m.body().fields().stream().map(f -> f.javaName() + ":" + f.type()).toList()));
        }
    }
}
