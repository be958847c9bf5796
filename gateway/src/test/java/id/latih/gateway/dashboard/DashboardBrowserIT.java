package id.latih.gateway.dashboard;

import id.latih.gateway.TestRoutes;
import static org.assertj.core.api.Assertions.assertThat;

import id.latih.events.EventCatalog;
import id.latih.events.EventType;
import id.latih.events.ProgramPublished;
import id.latih.testing.TestInfrastructure;
import id.latih.testing.TestKafka;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The dashboard in a real headless Chromium: a demo person logs in at the real authorization server's login form
 * (authorization code with PKCE), sees charts of the stub services' data fetched with their token, switches to
 * English, and sees the live feed show an event published to Kafka. Skipped only when Chromium or its driver is not
 * installed (Debian: chromium, chromium-driver).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
class DashboardBrowserIT {

    private static final Path CHROMIUM = Path.of(System.getProperty("latih.test.chromium", "/usr/bin/chromium"));
    private static final Path DRIVER = Path.of(System.getProperty("latih.test.chromedriver", "/usr/bin/chromedriver"));
    private static final Duration WAIT = Duration.ofSeconds(30);

    private static int gatewayPort;
    private static AuthServerProcess authServer;
    private static StubServices services;

    private WebDriver browser;

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER),
                "No Chromium at " + CHROMIUM + " or no chromedriver at " + DRIVER
                        + ": install Debian's chromium and chromium-driver to run the dashboard's browser test");
        gatewayPort = AuthServerProcess.freePort();
        String origin = "http://localhost:" + gatewayPort;
        authServer = AuthServerProcess.start(origin + "/dashboard/", origin);
        services = new StubServices();
        registry.add("server.port", () -> gatewayPort);
        registry.add("latih.security.issuer-uri", authServer::issuer);
        registry.add("latih.gateway.stream.brokers", () -> TestInfrastructure.get().kafkaBrokers());
        TestRoutes.servicesTo(registry, services::uri);
    }

    @BeforeAll
    static void topics() throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                TestInfrastructure.get().kafkaBrokers()))) {
            for (String topic : EventCatalog.ALL.stream().map(EventType::topic).distinct().toList()) {
                try {
                    admin.createTopics(List.of(new NewTopic(topic, TestInfrastructure.PARTITIONS, (short) 1))).all().get();
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw e;
                    }
                }
            }
        }
    }

    @AfterAll
    static void stop() {
        if (services != null) {
            services.close();
        }
        if (authServer != null) {
            authServer.close();
        }
    }

    @BeforeEach
    void openBrowser() {
        System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, DRIVER.toString());
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile())
                .addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1400,1800",
                        "--lang=id");
        browser = new ChromeDriver(options);
    }

    @AfterEach
    void closeBrowser() {
        browser.quit();
    }

    @Test
    void a_person_logs_in_sees_charts_of_their_agency_switches_language_and_sees_events_live() {
        browser.get(dashboard());
        WebElement login = waitFor(By.id("login"));
        assertThat(login.getText()).as("shown once the page's texts are in").isEqualTo("Masuk");

        login.click();
        waitFor(By.name("username")).sendKeys("admin.dinkes");
        browser.findElement(By.name("password")).sendKeys("demo");
        browser.findElement(By.cssSelector("button[type=submit]")).click();

        waitUntil(By.id("who"), "3273.DINKES");
        assertThat(browser.getCurrentUrl()).as("no code or state left in the address").isEqualTo(dashboard());
        WebElement seats = waitFor(By.cssSelector("#seats svg"));
        assertThat(seats.findElements(By.cssSelector("rect[data-series='Kapasitas']")))
                .extracting(bar -> bar.getDomAttribute("data-value")).containsExactly("30", "20");
        assertThat(seats.findElements(By.cssSelector("rect[data-series='Kursi terisi']")))
                .extracting(bar -> bar.getDomAttribute("data-value")).containsExactly("18", "20");
        assertThat(waitFor(By.cssSelector("#needs svg")).findElements(By.cssSelector("rect[data-series='Terbuka']")))
                .extracting(bar -> bar.getDomAttribute("data-value")).containsExactly("2", "1");
        assertThat(waitFor(By.cssSelector("#compliance svg")).findElements(By.cssSelector("rect"))).extracting(
                bar -> bar.getDomAttribute("data-value")).containsExactly("28", "12");
        assertThat(waitFor(By.cssSelector("#enrollments svg")).findElements(By.cssSelector("rect"))).extracting(
                bar -> bar.getDomAttribute("data-value")).containsExactly("2", "1", "1", "0");
        assertThat(waitFor(By.cssSelector("#effectiveness svg")).findElements(By.cssSelector("rect"))).extracting(
                bar -> bar.getDomAttribute("data-value")).containsExactly("82.5", "45");
        assertThat(waitUntil(By.cssSelector("#priority .refused"), "Tidak tersedia").getText())
                .isEqualTo("Tidak tersedia untuk peran Anda.");
        assertThat(services.authorizations()).as("every call reached a service with the person's token")
                .isNotEmpty().allMatch(header -> header.startsWith("Bearer ey"));
        Object stored = ((JavascriptExecutor) browser).executeScript(
                "return JSON.stringify(sessionStorage) + JSON.stringify(localStorage) + document.cookie");
        assertThat(String.valueOf(stored)).as("no token kept in the browser's storage").doesNotContain("eyJ");

        browser.findElement(By.id("language")).click();

        assertThat(browser.findElement(By.cssSelector("#seats h2")).getText()).isEqualTo("Programs and seats");
        assertThat(browser.findElements(By.cssSelector("#seats rect[data-series='Capacity']"))).hasSize(2);
        assertThat(browser.findElement(By.cssSelector("#priority .refused")).getText())
                .isEqualTo("Not available to your role.");
        waitUntil(By.id("live-state"), "Connected");

        TestKafka.send(EventCatalog.typeOf(ProgramPublished.class).topic(), programPublished("Pelatihan Siaga Bencana"));

        waitUntil(By.id("feed"), "Pelatihan Siaga Bencana");
        assertThat(browser.findElement(By.id("feed")).getText()).contains("3273.DINKES");
        assertThat(browser.findElements(By.cssSelector("#live rect[data-series='Events']"))).isNotEmpty();
        Object untranslated = ((JavascriptExecutor) browser).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                import("./i18n.js").then(({ dictionaryKeys: { id, en } }) => done(
                  id.filter((key) => !en.includes(key)).concat(en.filter((key) => !id.includes(key))).join(",")));
                """);
        assertThat(untranslated).as("texts in only one of the two dictionaries").isEqualTo("");
    }

    @Test
    void the_page_is_served_with_a_strict_content_security_policy_and_no_inline_script() throws Exception {
        HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(dashboard()))
                .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(page.statusCode()).isEqualTo(200);
        String policy = page.headers().firstValue("Content-Security-Policy").orElse("");
        assertThat(policy).contains("default-src 'none'", "script-src 'self';", "connect-src 'self' "
                + authServer.issuer() + ";", "frame-ancestors 'none'").doesNotContain("unsafe-inline", "unsafe-eval");
        assertThat(page.body()).contains("<script type=\"module\" src=\"app.js\"></script>")
                .doesNotContainPattern("<script(?![^>]*src=)[^>]*>");
    }

    private static ProgramPublished programPublished(String title) {
        LocalDate start = LocalDate.now().plusDays(30);
        return new ProgramPublished(UUID.randomUUID(), Instant.now(), "3273.DINKES", "P-" + UUID.randomUUID(), title,
                "M.05", "KLASIKAL", "WORKSHOP", 8, 30, start, start.plusDays(1), List.of(), 1);
    }

    private String dashboard() {
        return "http://localhost:" + gatewayPort + "/dashboard/";
    }

    private WebElement waitFor(By locator) {
        return waiting(() -> new WebDriverWait(browser, WAIT).until(
                ExpectedConditions.visibilityOfElementLocated(locator)));
    }

    private WebElement waitUntil(By locator, String text) {
        return waiting(() -> {
            new WebDriverWait(browser, WAIT).until(ExpectedConditions.textToBePresentInElementLocated(locator, text));
            return browser.findElement(locator);
        });
    }

    /** A wait that, when it times out, tells where the browser was and what the page said. */
    private WebElement waiting(java.util.function.Supplier<WebElement> wait) {
        try {
            return wait.get();
        } catch (TimeoutException e) {
            throw new AssertionError("at " + browser.getCurrentUrl() + ", the page read:\n"
                    + browser.findElement(By.tagName("body")).getText(), e);
        }
    }
}
