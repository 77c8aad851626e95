package tejun;

import static io.cucumber.junit.platform.engine.Constants.GLUE_PROPERTY_NAME;

import org.junit.platform.suite.api.ConfigurationParameter;
import org.junit.platform.suite.api.IncludeEngines;
import org.junit.platform.suite.api.SelectDirectories;
import org.junit.platform.suite.api.Suite;

/**
 * Every procedure under the top-level features/ directory: the real manuals, with the shared glue
 * and every site's steps. This suite is about the real content; the harness tests run the fixture
 * sites instead.
 */
@Suite
@IncludeEngines("cucumber")
@SelectDirectories("features")
@ConfigurationParameter(key = GLUE_PROPERTY_NAME, value = Glue.EVERY_SITE)
public class ProceduresIT {}
