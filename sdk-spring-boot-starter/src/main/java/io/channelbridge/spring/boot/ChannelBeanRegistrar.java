package io.channelbridge.spring.boot;

import io.channelbridge.core.CommerceChannel;
import io.channelbridge.hub.ChannelHub;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.BeanFactoryAware;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.support.AutowireCandidateQualifier;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.context.EnvironmentAware;
import org.springframework.context.annotation.ImportBeanDefinitionRegistrar;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotationMetadata;

/**
 * One {@link CommerceChannel} bean per configured channel, named {@code
 * channelbridge.channels.<name>} and qualified by {@code <name>}. The hub owns the instances; the
 * beans are views of {@link ChannelHub#channel(String)} and are not closed on their own.
 */
final class ChannelBeanRegistrar
    implements ImportBeanDefinitionRegistrar, EnvironmentAware, BeanFactoryAware {
  private Environment environment;
  private BeanFactory beanFactory;

  @Override
  public void setEnvironment(Environment environment) {
    this.environment = environment;
  }

  @Override
  public void setBeanFactory(BeanFactory beanFactory) {
    this.beanFactory = beanFactory;
  }

  @Override
  public void registerBeanDefinitions(
      AnnotationMetadata metadata, BeanDefinitionRegistry registry) {
    for (String name : ChannelSettings.names(environment)) {
      String beanName = ChannelSettings.PREFIX + "." + name;
      if (registry.containsBeanDefinition(beanName)) {
        continue;
      }
      BeanFactory factory = beanFactory;
      RootBeanDefinition bd = new RootBeanDefinition(CommerceChannel.class);
      bd.setInstanceSupplier(() -> factory.getBean(ChannelHub.class).channel(name));
      bd.addQualifier(new AutowireCandidateQualifier(Qualifier.class, name));
      bd.setDestroyMethodName(""); // the hub closes it
      bd.setDescription("ChannelBridge channel '" + name + "'");
      registry.registerBeanDefinition(beanName, bd);
    }
  }
}
