package org.yiwang.shared.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.data.domain.Window;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.util.ClassUtils;

/**
 * {@link RepositorySettings} leaves declared queries to a regular-expression enhancer instead of
 * Spring Data's HQL grammar. That is safe while Spring Data never has to rewrite one: no declared
 * query may take a sort or a scroll position, or return a {@code Page} (a derived count query) or a
 * {@code Window}. One that takes a page ({@code Paging.of}, unsorted) is only limited, and must
 * carry its own order, or its pages would overlap.
 */
class RepositorySettingsTests {

  @Test
  void noDeclaredQueryOfTheModulesAsksSpringDataToRewriteIt() {
    List<Class<?>> repositories = repositoriesOf("org.yiwang");
    assertThat(repositories)
        .extracting(Class::getSimpleName)
        .contains("ApplicationCases", "ItemVersions", "ELicenses", "StoredMessages");

    List<String> rewritten =
        repositories.stream()
            .flatMap(r -> Arrays.stream(r.getDeclaredMethods()))
            .filter(RepositorySettingsTests::rewrittenBySpringData)
            .map(m -> m.getDeclaringClass().getSimpleName() + "." + m.getName())
            .toList();
    assertThat(rewritten)
        .as("declared queries Spring Data would rewrite with a regular expression (see RepositorySettings)")
        .isEmpty();
  }

  @Test
  void theCheckFindsADeclaredQuerySpringDataWouldRewriteOrPageWithoutOrder() throws Exception {
    assertThat(rewrittenBySpringData(Rewritten.class.getDeclaredMethod("pagedWithoutOrder", Pageable.class))).isTrue();
    assertThat(rewrittenBySpringData(Rewritten.class.getDeclaredMethod("pagedInOrder", Pageable.class))).isFalse();
    assertThat(rewrittenBySpringData(Rewritten.class.getDeclaredMethod("sorted", Sort.class))).isTrue();
    assertThat(rewrittenBySpringData(Rewritten.class.getDeclaredMethod("counted"))).isTrue();
    assertThat(rewrittenBySpringData(Rewritten.class.getDeclaredMethod("plain", String.class))).isFalse();
    assertThat(rewrittenBySpringData(Rewritten.class.getDeclaredMethod("derived", Pageable.class))).isFalse();
  }

  static boolean rewrittenBySpringData(Method method) {
    if (!method.isAnnotationPresent(Query.class)) {
      return false;
    }
    List<Class<?>> parameters = Arrays.asList(method.getParameterTypes());
    boolean sorted = parameters.stream().anyMatch(t -> Sort.class.isAssignableFrom(t) || ScrollPosition.class.isAssignableFrom(t));
    boolean counted = Page.class.isAssignableFrom(method.getReturnType()) || Window.class.isAssignableFrom(method.getReturnType());
    boolean pagedWithoutOrder =
        parameters.stream().anyMatch(Pageable.class::isAssignableFrom)
            && !method.getAnnotation(Query.class).value().toLowerCase(Locale.ROOT).matches("(?s).*\\border\\s+by\\b.*");
    return sorted || counted || pagedWithoutOrder;
  }

  private static List<Class<?>> repositoriesOf(String basePackage) {
    var scanner =
        new ClassPathScanningCandidateComponentProvider(false) {
          @Override
          protected boolean isCandidateComponent(AnnotatedBeanDefinition definition) {
            return definition.getMetadata().isInterface();
          }
        };
    scanner.addIncludeFilter(new AssignableTypeFilter(Repository.class));
    return scanner.findCandidateComponents(basePackage).stream()
        .<Class<?>>map(d -> ClassUtils.resolveClassName(d.getBeanClassName(), RepositorySettingsTests.class.getClassLoader()))
        .filter(c -> c.getEnclosingClass() != RepositorySettingsTests.class)
        .toList();
  }

  /** What the check must find. */
  interface Rewritten extends Repository<Object, Long> {
    @Query("select o from Object o")
    List<Object> pagedWithoutOrder(Pageable page);

    @Query("select o from Object o order by o.name, o.id")
    Slice<Object> pagedInOrder(Pageable page);

    @Query("select o from Object o")
    List<Object> sorted(Sort sort);

    @Query("select o from Object o")
    Page<Object> counted();

    @Query("select o from Object o where o.name = :name")
    List<Object> plain(String name);

    List<Object> derived(Pageable page);
  }
}
