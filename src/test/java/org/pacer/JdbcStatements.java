package org.pacer;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Counts the JDBC statements the test's own thread prepares, Hibernate's and the engine's (MyBatis) alike, so a test
 * can assert that a page reads in a fixed number of statements whatever the data. Hibernate's statistics see only
 * Hibernate's statements; the task, instance and job queries of a page are the engine's. Other threads (a scheduler
 * polling the outbox) are not counted, so the figure is the request's.
 */
@TestComponent
public class JdbcStatements implements BeanPostProcessor {

	private static final Set<String> PREPARING = Set.of("prepareStatement", "prepareCall", "createStatement");

	private final AtomicLong count = new AtomicLong();

	private volatile Thread watched;

	/** The statements {@code work} prepared on this thread. */
	public long of(Callable<?> work) throws Exception {
		count.set(0);
		watched = Thread.currentThread();
		try {
			work.call();
			return count.get();
		}
		finally {
			watched = null;
		}
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		return bean instanceof DataSource dataSource && !(bean instanceof Counting) ? new Counting(dataSource) : bean;
	}

	private final class Counting extends DelegatingDataSource {

		Counting(DataSource target) {
			super(target);
		}

		@Override
		public Connection getConnection() throws SQLException {
			return counted(super.getConnection());
		}

		@Override
		public Connection getConnection(String username, String password) throws SQLException {
			return counted(super.getConnection(username, password));
		}

		private Connection counted(Connection connection) {
			InvocationHandler handler = (proxy, method, args) -> {
				if (PREPARING.contains(method.getName()) && watched == Thread.currentThread()) {
					count.incrementAndGet();
				}
				try {
					return method.invoke(connection, args);
				}
				catch (InvocationTargetException e) {
					throw e.getTargetException();
				}
			};
			return (Connection) Proxy.newProxyInstance(JdbcStatements.class.getClassLoader(),
					new Class<?>[] { Connection.class }, handler);
		}
	}
}
