package org.yiwang.shared.db;

import org.springframework.context.annotation.Configuration;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;
import org.springframework.data.jpa.repository.query.QueryEnhancerFactories;
import org.springframework.data.jpa.repository.query.QueryEnhancerSelector;

/**
 * The modules' Spring Data repositories, as Boot would find them, with one difference: a declared
 * query ({@code @Query}) is not parsed by Spring Data's own HQL grammar when its repository is made.
 * That parse (ANTLR, cold at start) took 3.2 s of a JDK 17 start with the province, 2.0 s of it for
 * the cases' repository alone; its result serves only to add a {@code Sort} or derive a count query.
 * No declared query here takes a sort or returns a {@code Page}; those that take a page are given
 * unsorted ones ({@code Paging.of}) and carry their own order, so Spring Data only limits them
 * ({@code RepositorySettingsTests} keeps it so). Hibernate still checks every declared query as its
 * repository is made, so a mistaken query fails the start.
 */
@Configuration(proxyBeanMethods = false)
@EnableJpaRepositories(basePackages = "org.yiwang", queryEnhancerSelector = RepositorySettings.DeclaredQueriesUnparsed.class)
class RepositorySettings {

  /** The regular-expression enhancer Spring Data uses for native queries without JSqlParser, for JPQL too. */
  static class DeclaredQueriesUnparsed extends QueryEnhancerSelector.DefaultQueryEnhancerSelector {
    DeclaredQueriesUnparsed() {
      super(QueryEnhancerFactories.fallback(), QueryEnhancerFactories.fallback());
    }
  }
}
