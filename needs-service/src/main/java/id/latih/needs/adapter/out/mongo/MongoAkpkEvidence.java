package id.latih.needs.adapter.out.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import id.latih.needs.application.AkpkEvidence;
import id.latih.needs.domain.Employee;
import id.latih.needs.domain.WeakUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.TreeMap;
import java.util.ArrayList;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;

/**
 * The analysis's reads of employees and surveys. Employees are streamed through a cursor (the employees' index
 * starting with agencyCode serves it); surveys are read by (agencyCode, period), the surveys' first index.
 */
@Repository
class MongoAkpkEvidence implements AkpkEvidence {

    private final MongoTemplate mongo;

    MongoAkpkEvidence(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void forEachEmployee(String agencyCode, Consumer<Employee> employee) {
        try (var stream = mongo.stream(query(where("agencyCode").is(agencyCode)), EmployeeDocument.class)) {
            stream.map(EmployeeDocument::toEmployee).forEach(employee);
        }
    }

    @Override
    public List<String> agenciesUnder(String prefix) {
        return mongo.findDistinct(query(where("agencyCode").regex("^" + Pattern.quote(prefix))), "agencyCode",
                EmployeeDocument.COLLECTION, String.class).stream().sorted().toList();
    }

    @Override
    public List<WeakUnit> weakUnits(String agencyCode, int year) {
        Map<String, TreeSet<String>> periods = new TreeMap<>();
        Map<String, Set<String>> competencies = new TreeMap<>();
        var surveys = query(where("agencyCode").is(agencyCode).and("period")
                .regex("^(" + (year - 1) + "|" + year + ")"));
        surveys.fields().include("serviceUnit").include("period").include("weakElements");
        for (Document survey : mongo.find(surveys, Document.class, SatisfactionSurveyDocument.COLLECTION)) {
            String unit = survey.getString("serviceUnit");
            Set<String> pointed = new TreeSet<>();
            survey.getList("weakElements", Document.class, List.of()).forEach(weak ->
                    pointed.addAll(weak.getList("competencies", String.class, List.of())));
            if (!pointed.isEmpty()) {
                periods.computeIfAbsent(unit, u -> new TreeSet<>()).add(survey.getString("period"));
                competencies.computeIfAbsent(unit, u -> new TreeSet<>()).addAll(pointed);
            }
        }
        List<WeakUnit> units = new ArrayList<>();
        competencies.forEach((unit, codes) -> units.add(new WeakUnit(unit,
                unit + " " + String.join(",", periods.get(unit)), codes)));
        return units;
    }
}
