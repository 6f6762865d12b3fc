import {
  Card,
  Group,
  SimpleGrid,
  Stack,
  Text,
  ThemeIcon,
  Title,
  UnstyledButton,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSession } from '../../api/session.ts';
import { areasFor } from '../../shell/areas.ts';
import { useDocumentTitle } from '../../shell/use-document-title.ts';

/** Each role's starting page: its work areas, each with what it is for. */
export function HomePage() {
  const { t } = useTranslation();
  useDocumentTitle(t('areas.home.label'));
  const session = useSession().data;
  if (!session) return null;
  const areas = areasFor(session.user.roles).filter((a) => a.id !== 'home');
  return (
    <Stack>
      <Title order={1}>{t('home.greeting', { name: session.user.displayName })}</Title>
      <Text c="gray.7">{t('home.intro')}</Text>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
        {areas.map((area) => (
          <UnstyledButton
            key={area.id}
            component={Link}
            to={area.path}
            aria-label={t(`areas.${area.id}.label`)}
          >
            <Card withBorder padding="lg" h="100%">
              <Group wrap="nowrap" align="flex-start">
                <ThemeIcon size="lg" variant="light" aria-hidden>
                  <area.icon size={20} />
                </ThemeIcon>
                <div>
                  <Text fw={600}>{t(`areas.${area.id}.label`)}</Text>
                  <Text size="sm" c="gray.7">
                    {t(`areas.${area.id}.description`)}
                  </Text>
                </div>
              </Group>
            </Card>
          </UnstyledButton>
        ))}
      </SimpleGrid>
    </Stack>
  );
}

export default HomePage;
